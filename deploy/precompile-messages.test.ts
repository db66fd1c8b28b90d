import { expect, test } from 'vitest';
import { catalogDeclaration, CATALOG, compileCatalog } from './precompile-messages';

test('compiles every message of a catalog, nested keys kept, plain text left as text', () => {
  const compiled = JSON.parse(compileCatalog(JSON.stringify({ title: 'Groups', count: { label: '{n, plural, one {# group} other {# groups}}' } })));
  expect(compiled).toEqual({ title: 'Groups', count: { label: [['n', 2, { one: [0, ' group'], other: [0, ' groups'] }]] } });
});

test('a message that is not valid ICU fails the build, naming the file and the key', () => {
  expect(() => compileCatalog(JSON.stringify({ a: { b: 'Hello {name' } }), 'hi/shell.json')).toThrow(/hi\/shell\.json: message "a\.b" is not valid ICU/);
});

test('the English declaration gives each message its literal type', () => {
  const declaration = catalogDeclaration(JSON.stringify({ title: 'Groups', count: { label: '{n, number} “x”' } }), 'list.json');
  expect(declaration).toContain('declare const messages: {\n  "title": "Groups";\n  "count": {\n    "label": "{n, number} “x”";\n  };\n};');
  expect(declaration).toContain('export default messages;');
});

test('only the catalogs are compiled', () => {
  expect(CATALOG.test('/work/src/i18n/messages/hi/shell.json')).toBe(true);
  expect(CATALOG.test('C:\\work\\src\\i18n\\messages\\en\\agents-list.json')).toBe(true);
  expect(CATALOG.test('/work/package.json')).toBe(false);
  expect(CATALOG.test('/work/src/i18n/messages/en/shell.d.json.ts')).toBe(false);
});
