import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** A folder named `name` anywhere in a relative or aliased import path. */
const folder = (...names) => `(^|/)(${names.join('|')})(/|$)`;
const noElectronDeps = [
  { name: 'electron', message: 'Only electron/main, electron/app and electron/preload import electron.' },
  { name: 'node-notifier', message: 'node-notifier belongs to electron/notifications/adapters, behind the Notifier port.' },
];
const row = (files, patterns, paths = noElectronDeps) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export function importRows() {
  return [
    row(['electron/*/common/**/*.ts'], [
      { group: ['node:*'], message: 'common/ code may be bundled into the window: no Node APIs.' },
      { regex: folder('node', 'adapters', 'ports', 'main', 'app', 'preload'), message: 'common/ imports only other common/ code (it is shared with the window).' },
    ]),
    row(['electron/ports/**/*.ts'], [
      { group: ['node:*'], message: 'A port is an interface: no Node APIs.' },
      { regex: folder('node', 'adapters', 'main', 'app', 'preload'), message: 'ports/ import only common/ types.' },
    ]),
    row(['electron/*/node/**/*.ts'], [
      { regex: folder('adapters', 'main', 'app', 'preload'), message: 'The domain (node/) imports no adapter or composition code: define a port in electron/ports instead.' },
    ]),
    row(['electron/*/adapters/**/*.ts'], [
      { regex: folder('node', 'main', 'app', 'preload'), message: 'An adapter imports only ports/ and common/ (and its own folder), never the domain or the composition.' },
    ], [{ name: 'electron', message: 'Adapters that need Electron live in electron/main.' }]),
    row(['electron/preload/**/*.ts'], [
      { regex: '^\\.\\./(?!ipc/common/)', message: 'The preload is built from channel names: it imports only electron/ipc/common.' },
    ], []),
    row(['renderer/**/*.{ts,tsx}'], [
      { group: ['node:*'], message: 'The renderer has no Node APIs.' },
      { regex: '^@electron/(?![^/]+/common/)', message: 'The window imports only the common/ folders of electron/.' },
      { regex: '^(\\.\\./)+electron/', message: 'The window reaches electron/ only through the @electron/<feature>/common alias.' },
    ], [
      { name: 'electron', message: 'The renderer talks to main only through window.limber.' },
      { name: 'node-notifier', message: 'The renderer talks to main only through window.limber.' },
      { name: 'zod', message: 'The window uses zod/mini (common/ schemas are built with it): classic zod puts all of zod into its bundle.' },
    ]),
  ];
}

export default tseslint.config(
  { ignores: ['electron/i18n/common/generated/*.js', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
  // The import table of docs/architecture.md, one block per row. Folders say where code runs:
  //   electron/<feature>/common/    pure code, may be bundled into the window
  //   electron/<feature>/node/      the main-process domain, runs in plain Node (tests need no Electron)
  //   electron/ports/               the interfaces the domain needs from the world
  //   electron/<feature>/adapters/  the world's side of a port (OS tools, notifiers, X11)
  //   electron/app/, electron/main/ composition and Electron itself: may import anything
  //   electron/preload/             the window's API, built from channel names only
  ...importRows(),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
