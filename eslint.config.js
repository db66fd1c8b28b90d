import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noUntranslatedText from './eslint-rules/no-untranslated-text.js';

const root = import.meta.dirname;

/*
 * Import boundaries (ARCHITECTURE.md): imports flow app → features → lib/api; features import each
 * other only where the design says so; only tests and main.tsx reach into mocks/; no cycles.
 * Zones name folders relative to this file, so linting from another directory judges the same.
 */
const APP = ['src/app', 'src/main.tsx', 'src/sign-in-entry.tsx'];
const FEATURES = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * What a feature may import from other features, relative to src/features: a feature may read the signed-in session.
 * The change record (type, describer, membership difference) lies below groups and audit, which never
 * import each other: the app hands each record the change path emits to Recent changes and the audit log.
 */
const FEATURE_MAY_IMPORT = {
  groups: ['./session/signed-in.ts', './change-record'],
  audit: ['./session/signed-in.ts', './change-record'],
  // The Agents view changes memberships group by group on the groups' own change path and queries.
  agents: ['./session/signed-in.ts', './change-record', './groups'],
};
/** Tests drive the whole app; a groups test checks that Sign out really ended the session. */
const FEATURE_TEST_MAY_IMPORT = {
  groups: ['./session/session-store.ts'],
};
/** The React-free building blocks the API client may use. */
const LIB_WITHOUT_REACT = ['./env.ts', './run-queue.ts', './host-label.ts', './is-record.ts', './plural.ts'];

function layerZones({ test }) {
  return [
    { target: 'src/features', from: APP, message: 'Features do not import the app: the app composes features.' },
    { target: 'src/lib', from: ['src/features', ...APP], message: 'src/lib knows no feature and no app.' },
    { target: 'src/api', from: ['src/features', ...APP], message: 'The API client knows no feature and no app.' },
    {
      target: 'src/api',
      from: 'src/lib',
      except: LIB_WITHOUT_REACT,
      message: 'The API client stays plain TypeScript: no lib module that uses React.',
    },
    ...FEATURES.map((feature) => ({
      target: `src/features/${feature}`,
      from: 'src/features',
      except: [`./${feature}`, ...(FEATURE_MAY_IMPORT[feature] ?? []), ...((test && FEATURE_TEST_MAY_IMPORT[feature]) || [])],
      message: 'Features import each other only where the design says so (eslint.config.js: FEATURE_MAY_IMPORT).',
    })),
  ];
}
const onlyTestsReachMocks = {
  target: 'src',
  from: 'mocks',
  message: 'Only tests and src/main.tsx import mocks/.',
};
const mocksShareOnlyTheContract = {
  target: 'mocks',
  from: 'src',
  except: ['./api/contract.ts', './api/requests.ts', './api/types.ts'],
  message: 'The mock imports from src/ only the contract and the request schemas and types.',
};
const restrictedPaths = (zones) => ({ 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] });

const SRC_TESTS = ['src/**/*.test.{ts,tsx}', 'src/test/**'];

/**
 * Screens whose every visible word comes from the message catalogs (issue 20). A screen joins this list
 * when it is converted (src/i18n/README.md); from then on a literal word in its JSX fails the lint.
 */
const TRANSLATED = [
  'src/app/**/*.tsx',
  'src/sign-in-entry.tsx',
  'src/features/session/**/*.tsx',
  'src/lib/{color-scheme-control,language-control,load-error,support-details}.tsx',
  // Each screen's files join as they are converted (one line per area; edit only your own line).
  'src/features/groups/list/**/*.tsx', 'src/lib/{bulk-bar,table-controls,search-box,segmented-radios}.tsx', // groupsList
  'src/features/groups/{edit,members}/**/*.tsx', 'src/lib/{unsaved-changes-guard,picker-list}.tsx', // groupEdit
  'src/features/agents/{list,agent}/**/*.tsx', // agents
  'src/features/agents/import/**/*.{ts,tsx}', // agentsImport
  'src/features/{change-record,groups/changes}/**/*.{ts,tsx}', // changes
  'src/features/audit/**/*.{ts,tsx}', // audit
];

/** The i18n layer (catalogs, the language, its provider) sits below everything that shows words. */
const i18nStandsAlone = {
  target: 'src/i18n',
  from: ['src/features', 'src/lib', 'src/api', ...APP],
  message: 'src/i18n imports no app, feature, lib or API module: they import it.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'bench/.build',
      // Deliberately broken imports, linted by src/lib/import-boundaries.test.ts only.
      'lint-fixtures',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      // Resolves the `@/` alias from tsconfig.json's paths.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // src/main.tsx starts the msw worker when mocking is on; it is in no layer's zone.
    files: ['src/**'],
    ignores: [...SRC_TESTS, 'src/main.tsx'],
    rules: restrictedPaths([...layerZones({ test: false }), onlyTestsReachMocks, i18nStandsAlone]),
  },
  {
    files: TRANSLATED,
    ignores: SRC_TESTS,
    plugins: { i18n: { rules: { 'no-untranslated-text': noUntranslatedText } } },
    rules: { 'i18n/no-untranslated-text': 'error' },
  },
  { files: SRC_TESTS, rules: restrictedPaths(layerZones({ test: true })) },
  { files: ['mocks/**'], rules: restrictedPaths([mocksShareOnlyTheContract]) },
  {
    // One home for each fact: screens read and change the server's state through the query factory and the
    // change path; nothing writes React Query's internal query state or walks its cache by hand.
    files: ['src/**'],
    ignores: SRC_TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(setState|getQueryCache)$/]",
          message: 'Do not write or walk React Query’s internal state: update the cache through the query factory (queries.ts).',
        },
      ],
    },
  },
  {
    // The server's state is written in one place: the query factory's cache updates (groupCache in queries.ts).
    files: ['src/**'],
    ignores: [...SRC_TESTS, 'src/features/groups/queries.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(setState|getQueryCache)$/]",
          message: 'Do not write or walk React Query’s internal state: update the cache through the query factory (queries.ts).',
        },
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(setQueryData|setQueriesData)$/]",
          message: 'Write the server’s state only through groupCache in src/features/groups/queries.ts, its one home.',
        },
      ],
    },
  },
  {
    // The API client stays framework-free: no React, Mantine or React Query.
    files: ['src/api/**'],
    ignores: ['src/api/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', '@mantine/*', '@tanstack/*'] }],
    },
  },
);
