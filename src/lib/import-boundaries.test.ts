/**
 * The import boundaries of ARCHITECTURE.md are enforced by eslint.config.js: these tests lint small
 * files placed in each layer with the project's own config and expect the wrong imports to fail.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

// Loading the config, parser and resolver takes seconds on a busy machine: not any one test's time.
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/x.ts' }), 60_000);

/** The one lint result ESLint gives for one text or one file. */
function only(results: ESLint.LintResult[]): ESLint.LintResult {
  const [result, ...rest] = results;
  if (!result || rest.length > 0) throw new Error(`expected exactly one lint result, got ${results.length}`);
  return result;
}

/** The boundary and cycle findings for `code` as if it were the file at `filePath`. */
async function findings(filePath: string, code: string): Promise<string[]> {
  const result = only(await eslint.lintText(code, { filePath }));
  return result.messages
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle' || m.fatal)
    .map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const using = (specifier: string, name: string) => `import { ${name} } from '${specifier}';\nexport const used = ${name};\n`;

describe('imports flow app → features → lib/api', () => {
  test('a feature importing the app is an error', async () => {
    expect(await findings('src/features/groups/x.ts', using('@/app/shell', 'Shell'))).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*"@\/app\/shell".*Features do not import the app/),
    ]);
  });

  test('src/lib importing a feature is an error, by alias or by relative path', async () => {
    expect(await findings('src/lib/x.ts', using('@/features/groups/queries', 'groupQueries'))).toHaveLength(1);
    expect(await findings('src/lib/x.ts', using('../features/session/session-store', 'sessionStore'))).toHaveLength(1);
  });

  test('the API client importing a feature, or a lib module with React, is an error; React-free lib is fine', async () => {
    expect(await findings('src/api/x.ts', using('@/features/session/signed-in', 'useSignedIn'))).toHaveLength(1);
    expect(await findings('src/api/x.ts', using('@/lib/navigation', 'navigate'))).toHaveLength(1);
    expect(await findings('src/api/x.ts', using('@/lib/env', 'env'))).toEqual([]);
  });

  test('allowed directions pass: app → features, features → api and lib', async () => {
    expect(await findings('src/app/x.tsx', using('@/features/groups/list/group-list-page', 'GroupListPage'))).toEqual([]);
    expect(await findings('src/features/groups/x.ts', using('@/api/groups', 'listGroups'))).toEqual([]);
    expect(await findings('src/features/groups/x.ts', using('@/lib/navigation', 'navigate'))).toEqual([]);
  });
});

describe('features import each other only where the design says so', () => {
  test('groups may read the signed-in session', async () => {
    expect(await findings('src/features/groups/x.ts', using('@/features/session/signed-in', 'useSignedIn'))).toEqual([]);
  });

  test('groups may not reach into the rest of session, and session never imports groups', async () => {
    expect(await findings('src/features/groups/x.ts', using('@/features/session/session-store', 'sessionStore'))).toHaveLength(1);
    expect(await findings('src/features/session/x.ts', using('@/features/groups/queries', 'groupQueries'))).toHaveLength(1);
  });
});

describe('mocks/', () => {
  test('only tests and main.tsx import it', async () => {
    expect(await findings('src/features/groups/x.ts', using('../../../mocks/node', 'server'))).toHaveLength(1);
    expect(await findings('src/features/groups/x.test.ts', using('../../../mocks/node', 'server'))).toEqual([]);
  });

  test('it imports from src/ only the contract and the request schemas', async () => {
    expect(await findings('mocks/x.ts', using('../src/api/contract', 'ErrorCode'))).toEqual([]);
    expect(await findings('mocks/x.ts', using('../src/api/requests', 'listRequestSchema'))).toEqual([]);
    expect(await findings('mocks/x.ts', using('../src/api/groups', 'listGroups'))).toHaveLength(1);
    expect(await findings('mocks/x.ts', using('@/api/errors', 'ApiError'))).toHaveLength(1);
  });
});

test('an import cycle is an error', async () => {
  // A committed two-file cycle (lint-fixtures/ is ignored by `npx eslint .`, so it is linted here only).
  const withFixtures = new ESLint({ cwd: root, ignore: false });
  const result = only(await withFixtures.lintFiles(['lint-fixtures/cycle/a.ts']));
  expect(result.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
});

describe('one home for the server’s state', () => {
  const writes = (call: string) => `declare const client: { ${call}(...args: unknown[]): void };\nclient.${call}(['groups'], []);\n`;
  const restricted = async (filePath: string, code: string) =>
    only(await eslint.lintText(code, { filePath }))
      .messages.filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);

  test('a screen writing the query cache itself is an error; the query factory may', async () => {
    expect(await restricted('src/features/agents/x.ts', writes('setQueryData'))).toEqual([expect.stringMatching(/only through groupCache/)]);
    expect(await restricted('src/features/groups/list/x.ts', writes('setQueriesData'))).toEqual([expect.stringMatching(/only through groupCache/)]);
    expect(await restricted('src/features/groups/queries.ts', writes('setQueryData'))).toEqual([]);
  });

  test('nothing writes React Query’s internal query state, the query factory included', async () => {
    expect(await restricted('src/features/groups/queries.ts', writes('setState'))).toEqual([expect.stringMatching(/internal state/)]);
    expect(await restricted('src/features/agents/x.ts', writes('getQueryCache'))).toEqual([expect.stringMatching(/internal state/)]);
  });
});
