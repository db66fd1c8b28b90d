import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScrollArea } from '@mantine/core';
import { expect, test } from 'vitest';
import { BY_NAME, withoutScrollArea } from './modal-without-scroll-area';

const mantineEsm = join(import.meta.dirname, '../node_modules/@mantine/core/esm/components');

// Fails after a Mantine upgrade that changes this code: the build would then keep ScrollArea (and warn).
test.each(['Modal/ModalRoot.mjs', 'Drawer/DrawerRoot.mjs'])('%s loses its ScrollArea import and compares by name', (file) => {
  const code = readFileSync(join(mantineEsm, file), 'utf8');
  const changed = withoutScrollArea(code);
  if (changed === null) throw new Error(`${file} is not the code expected`);
  expect(changed).not.toMatch(/\bScrollArea\b/);
  expect(changed).toContain(BY_NAME);
  expect(changed.split('\n')).toHaveLength(code.split('\n').length);
});

test('the name compared is ScrollArea.Autosize’s', () => {
  expect(BY_NAME).toContain(`"${ScrollArea.Autosize.displayName}"`);
});

test('other code is left alone', () => {
  expect(withoutScrollArea('import { ScrollArea } from "../ScrollArea/ScrollArea.mjs";\nconst a = <ScrollArea />;')).toBeNull();
  expect(withoutScrollArea('const a = 1;')).toBeNull();
});
