import type { Plugin } from 'vite';

/**
 * Mantine's Modal and Drawer import all of ScrollArea (15 kB minified, 4.7 kB gzip of the groups
 * list's load) only to compare a prop with `ScrollArea.Autosize`; the console never passes that
 * prop. In a build they compare its display name instead, so ScrollArea is left out unless
 * something renders it. Code other than what this was written for is left as it is, with a warning.
 */
const MODAL_ROOTS = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](?:Modal[\\/]ModalRoot|Drawer[\\/]DrawerRoot)\.mjs$/;
const IMPORT = 'import { ScrollArea } from "../ScrollArea/ScrollArea.mjs";';
const COMPARISON = 'scrollAreaComponent === ScrollArea.Autosize';
export const BY_NAME = 'scrollAreaComponent?.displayName === "@mantine/core/ScrollAreaAutosize"';

/** `code` without its ScrollArea import, or null when it is not the code expected. Lines stay where they were. */
export function withoutScrollArea(code: string): string | null {
  if (code.split(IMPORT).length !== 2 || code.split(COMPARISON).length !== 2) return null;
  const changed = code.replace(IMPORT, '').replace(COMPARISON, BY_NAME);
  return /\bScrollArea\b/.test(changed) ? null : changed;
}

export function modalWithoutScrollArea(): Plugin {
  return {
    name: 'group-console-modal-without-scroll-area',
    apply: 'build',
    transform: {
      filter: { id: MODAL_ROOTS },
      handler(code, id) {
        const changed = withoutScrollArea(code);
        if (changed === null) {
          this.warn(`${id} is not the Mantine code deploy/modal-without-scroll-area.ts expects: left as it is, with ScrollArea`);
          return null;
        }
        return { code: changed, map: null };
      },
    },
  };
}
