// ESLint (flat config) for the JavaScript of the web side: the page, the
// extension, the npm package, web/lib, the web build scripts and the JS and
// browser tests.
//   npm run lint   (eslint web tests/js tests/browser eslint.config.js)
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: ['build*/**', 'node_modules/**', 'third_party/**', 'out/**',
      // web/lib as each shell sees it (symbolic links to web/lib).
      'web/app/lib/**', 'web/extension/lib/**', 'web/package/lib/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: {...globals.browser},
    },
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      'no-unused-vars': ['error', {args: 'none', caughtErrors: 'none', ignoreRestSiblings: true}],
      'eqeqeq': ['error', 'always', {null: 'ignore'}],
      'no-var': 'error',
      'prefer-const': ['error', {destructuring: 'all'}],
      'no-implicit-globals': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      'no-throw-literal': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'object-shorthand': ['error', 'properties'],
    },
  },
  {
    // Node: build scripts, the package's node entry points and CLI, tools and tests.
    files: ['scripts/**', 'tests/**', 'web/*.mjs', 'web/package/node.js',
      'web/package/cli.js', 'web/package/text.js', 'eslint.config.js'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // The extension's tests run code in its pages through page.evaluate().
    files: ['tests/browser/extension.test.mjs'],
    languageOptions: {globals: {...globals.webextensions}},
  },
  {
    // Workers.
    files: ['web/lib/summarizer-worker.js', 'web/lib/worker-core.js', 'web/package/worker.js'],
    languageOptions: {globals: {...globals.worker}},
  },
  {
    // The extension: the WebExtension APIs.
    files: ['web/extension/**'],
    languageOptions: {globals: {...globals.webextensions}},
  },
  {
    // The content script is a classic script, injected after Readability
    // and web/lib/dom-text.js.
    files: ['web/extension/content/*.js'],
    languageOptions: {sourceType: 'script'},
  },
  {
    // The service worker of the page.
    files: ['web/app/sw.js'],
    languageOptions: {globals: {...globals.serviceworker}},
  },
];
