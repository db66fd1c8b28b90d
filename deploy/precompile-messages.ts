import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import compile from 'icu-minify/compile';
import type { Plugin } from 'vite';

/**
 * The message catalogs (src/i18n/messages/<language>/<namespace>.json) are ICU messages. Parsing ICU
 * in the browser would cost the first download the parser (intl-messageformat, about 13 kB gzip),
 * so every catalog is compiled here, where it is imported — in `vite build`, `vite` and vitest alike —
 * into icu-minify's small arrays, and use-intl formats them with its format-only runtime (the way
 * next-intl's precompiled mode works). A message that is not valid ICU fails the build.
 */
export const CATALOG = /[\\/]src[\\/]i18n[\\/]messages[\\/][a-z]{2,3}(?:-[A-Za-z0-9]+)?[\\/][a-z][A-Za-z0-9-]*\.json$/;

export type RawCatalog = { [key: string]: string | RawCatalog };

/** The catalog's JSON with every message compiled; keys and nesting stay as written. */
export function compileCatalog(json: string, file = 'catalog'): string {
  const compileTree = (tree: RawCatalog, path: string): unknown =>
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => {
        const at = path ? `${path}.${key}` : key;
        if (typeof value !== 'string') return [key, compileTree(value, at)];
        try {
          return [key, compile(value)];
        } catch (error) {
          throw new Error(`${file}: message "${at}" is not valid ICU: ${(error as Error).message}`);
        }
      }),
    );
  return JSON.stringify(compileTree(JSON.parse(json) as RawCatalog, ''));
}

/**
 * The English catalog's declaration (`<namespace>.d.json.ts`, found by TypeScript's
 * allowArbitraryExtensions): its messages as literal types, so use-intl checks message keys and the
 * arguments each message takes. Without it JSON imports are plain strings and only keys are checked.
 */
export function catalogDeclaration(json: string, fileName: string): string {
  const literal = (tree: RawCatalog, indent: string): string =>
    `{\n${Object.entries(tree)
      .map(([key, value]) => `${indent}  ${JSON.stringify(key)}: ${typeof value === 'string' ? JSON.stringify(value) : literal(value, `${indent}  `)};`)
      .join('\n')}\n${indent}}`;
  return (
    `// Written by deploy/precompile-messages.ts from ${fileName} (\`npm run dev\` and \`npm run build\` rewrite it;\n` +
    `// src/i18n/catalogs.test.ts fails when it is out of date). Do not edit: edit ${fileName}.\n` +
    `declare const messages: ${literal(JSON.parse(json) as RawCatalog, '')};\nexport default messages;\n`
  );
}

/** Every English catalog's declaration file and what it should hold. */
export function englishDeclarations(messagesDir: string): { path: string; content: string }[] {
  const dir = join(messagesDir, 'en');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      path: join(dir, name.replace(/\.json$/, '.d.json.ts')),
      content: catalogDeclaration(readFileSync(join(dir, name), 'utf8'), name),
    }));
}

function writeEnglishDeclarations(messagesDir: string): void {
  for (const { path, content } of englishDeclarations(messagesDir)) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== content) writeFileSync(path, content);
  }
}

export function precompileMessages({ messagesDir }: { messagesDir: string }): Plugin {
  let writeDeclarations = false;
  return {
    name: 'group-console-precompile-messages',
    // Before Vite's own JSON plugin, which then turns the compiled JSON into a module as usual.
    enforce: 'pre',
    config: () => ({
      resolve: {
        // use-intl imports its formatter by this name; the format-only one reads compiled messages and
        // leaves the ICU parser out. Exact match, so the format-only path itself is not rewritten.
        alias: [{ find: /^use-intl\/format-message$/, replacement: 'use-intl/format-message/format-only' }],
      },
    }),
    configResolved() {
      // The dev server and builds keep the declarations current; the unit tests only check them.
      writeDeclarations = !process.env.VITEST;
    },
    buildStart() {
      if (writeDeclarations) writeEnglishDeclarations(messagesDir);
    },
    transform: {
      filter: { id: CATALOG },
      handler(code, id) {
        return { code: compileCatalog(code, id), map: null };
      },
    },
    handleHotUpdate({ file }) {
      if (writeDeclarations && CATALOG.test(file)) writeEnglishDeclarations(messagesDir);
    },
  };
}
