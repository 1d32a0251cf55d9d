// Lint rules, including the architecture's boundaries (after Signal Desktop): the renderer talks
// to its host only through renderer/host, never to Electron or Node; shared code is pure.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const noElectronOrNode = {
  paths: [{ name: 'electron', message: 'The renderer runs in a page: ask the host (renderer/host) instead.' }],
  patterns: [
    { group: ['node:*'], message: 'The renderer runs in a page: ask the host (renderer/host) instead.' },
    { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/services/**', '**/electron/web-host/**', '**/electron/launcher/**', '**/electron/policy/**'], message: 'The renderer may import only electron/shared (pure code) from the shell.' },
  ],
};

export default ts.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**', 'renderer/generated/**', '**/*.tmp.mjs'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'Never turn webSecurity off.' },
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'Never turn nodeIntegration on.' },
        { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'Never turn contextIsolation off.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'The kiosk never opens anything outside itself.' },
        { object: 'shell', property: 'openPath', message: 'The kiosk never opens anything outside itself.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      'no-restricted-imports': ['error', noElectronOrNode],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    files: ['renderer/**/*.svelte.ts'],
    languageOptions: { parser: ts.parser },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'svelte'].map((name) => ({ name, message: 'electron/shared is pure: the renderer and the shell both import it.' })),
          patterns: [{ group: ['node:*', 'svelte/*'], message: 'electron/shared is pure: the renderer and the shell both import it.' }],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron; keep logic in plain modules.' }], patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports renderer code.' }] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports renderer code.' }] }],
    },
  },
);
