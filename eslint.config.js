import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench/.build'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Only tests and main.tsx reach into the mock.
    files: ['src/**'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/main.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/mocks/*', '../mocks/*'] }] },
  },
  {
    // The API client stays framework-free: no React, Mantine or React Query.
    files: ['src/api/**'],
    ignores: ['src/api/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/mocks/*', '../mocks/*', 'react', 'react-*', '@mantine/*', '@tanstack/*', '@/features/*', '@/app/*'] }],
    },
  },
);
