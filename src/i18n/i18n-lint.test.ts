/**
 * What eslint.config.js holds the i18n layer to, linted on small texts with the project's own config:
 * on a translated screen (TRANSLATED) a visible word written in the JSX fails, and src/i18n imports
 * nothing that shows words (everything else imports it).
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });
beforeAll(() => eslint.lintText('', { filePath: 'src/app/x.tsx' }), 60_000);

async function findings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'i18n/no-untranslated-text' || m.ruleId === 'import-x/no-restricted-paths' || m.fatal)
    .map((m) => m.message);
}

const screen = (jsx: string) => `export function X({ t, n }: { t: (key: string) => string; n: number }) {\n  return ${jsx};\n}\n`;

test('words between tags and in the props people read or hear fail on a translated screen', async () => {
  expect(await findings('src/app/x.tsx', screen('<p>Sign out</p>'))).toEqual([expect.stringContaining('Visible text "Sign out"')]);
  expect(await findings('src/features/session/x.tsx', screen('<input aria-label="Theme" />'))).toEqual([expect.stringContaining('aria-label "Theme"')]);
  expect(await findings('src/app/x.tsx', screen("<input placeholder={'Search'} title={`Hello ${n}`} />"))).toHaveLength(2);
  expect(await findings('src/lib/load-error.tsx', screen('<div title="Retry" />'))).toHaveLength(1);
});

test('words from the catalogs, numbers, punctuation and other props pass; so does any screen not yet translated', async () => {
  expect(await findings('src/app/x.tsx', screen("<p title={t('title')} className=\"a-b\">{t('body')} — {n} / 2</p>"))).toEqual([]);
  expect(await findings('src/features/groups/x.tsx', screen('<p>Groups</p>'))).toEqual([]);
  expect(await findings('src/app/x.test.tsx', screen('<p>Groups</p>'))).toEqual([]);
});

test('src/i18n imports no app, feature, lib or API module; they all may import it', async () => {
  const using = (specifier: string) => `import { x } from '${specifier}';\nexport const y = x;\n`;
  expect(await findings('src/i18n/x.ts', using('@/lib/env'))).toEqual([expect.stringContaining('src/i18n imports no app')]);
  expect(await findings('src/i18n/x.ts', using('@/features/session/session-store'))).toHaveLength(1);
  expect(await findings('src/lib/x.ts', using('@/i18n/language-store'))).toEqual([]);
  expect(await findings('src/features/groups/x.ts', using('@/i18n/language-provider'))).toEqual([]);
});
