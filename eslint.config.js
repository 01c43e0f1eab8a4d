import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The rule DESIGN.md is built on: core runs in plain Node and imports no adapter. Ports live in
  // core; adapters (main/, notify/, presence/, preload/) and the composition (app/) live outside.
  // One block per folder depth, so "../" that stays inside core (core/presence) is allowed.
  ...['electron/core/*.ts', 'electron/core/*/*.ts', 'electron/core/*/*/*.ts'].map((files, depth) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'electron/core never imports electron.' },
            { name: 'node-notifier', message: 'electron/core never imports node-notifier: use the Notifier port.' },
          ],
          patterns: [
            {
              regex: `^(\\.\\./){${depth + 1},}(main|notify|app|presence|preload)(/|$)`,
              message: 'electron/core imports no adapter or composition code: define a port in core instead.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.limber.' },
            { name: 'zod', message: 'The window uses zod/mini (core’s schemas are built with it): classic zod puts all of zod into its bundle.' },
          ],
          patterns: [{ group: ['node:*'], message: 'The renderer has no Node APIs.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
