import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, by folder. Imports are checked by the file they RESOLVE to (through the
 * TypeScript resolver, so '@/…' aliases and '../../…' paths are the same), type-only imports too;
 * imports within one element (one feature, the store's slices) are not checked.
 */
const elements = [
  ['domain', 'src/domain'],
  ['words', 'src/words'],
  ['store', 'src/store'],
  ['routing', 'src/routing'],
  ['knowledge-context', 'src/knowledge-context'],
  ['ui', 'src/ui'],
  ['feature', 'src/features/*'],
  ['app', 'src/app'],
  ['cli', 'src/cli'],
  ['build', 'src/build'],
  // Node-only: reads data/ for the build and the CLI.
  ['node-data', 'src/node'],
  // The files directly in src/ (see `files`); last, so every folder above claims its own.
  ['src-root', 'src'],
].map(([type, pattern]) => ({ type, pattern, partialMatch: false }));

/** The files directly in src/ that take part. */
const files = [
  // The entry point: an app file.
  { category: 'entry', pattern: 'src/main.tsx' },
  // Makes zod jitless (CSP: no eval) before any schema is built; the entry and the SMAA worker import it.
  { category: 'zod-setup', pattern: 'src/zod-jitless.ts' },
];

/** Layer → the layers it may import from. */
const allowed = {
  domain: ['domain'],
  words: ['domain'],
  store: ['domain'],
  'knowledge-context': ['domain', 'store'],
  ui: ['domain', 'words', 'store', 'routing', 'knowledge-context'],
  // Its own folder only: another feature is another element of the same type, so it is not allowed.
  feature: ['domain', 'words', 'store', 'routing', 'knowledge-context', 'ui'],
  app: ['app', 'domain', 'words', 'store', 'routing', 'knowledge-context', 'ui', 'feature'],
  cli: ['domain', 'words', 'node-data'],
  build: ['domain', 'node-data'],
  'node-data': ['domain'],
};

const layerPolicies = [
  ...Object.entries(allowed).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: { to: { element: { type: to } } },
  })),
  { from: { file: { categories: 'entry' } }, allow: { to: { element: { type: allowed.app } } } },
  {
    from: { element: { type: ['app', 'feature'] } },
    allow: { to: { file: { categories: 'zod-setup' } } },
  },
  // The router knows nothing of the app but the names of the things it links to: types only.
  {
    from: { element: { type: 'routing' } },
    allow: { dependency: { kind: 'type' }, to: { element: { type: 'domain' } } },
  },
];

/**
 * npm packages and Node built-ins a layer may not use (the boundaries rule sees local files only),
 * as exact package names, each with its subpaths.
 */
const packages = (...names) => `^(${names.join('|')})(/.*)?$`;
const uiStateCharts = packages('react', 'react-dom', 'zustand', 'recharts');
const noNode = {
  regex: packages('node:.*', 'fs', 'path', 'url', 'os', 'child_process'),
  message: 'This layer runs in the browser too: no Node APIs.',
};
const packageBans = [
  [['src/domain'], [{ regex: uiStateCharts, message: 'src/domain is pure.' }, noNode]],
  [['src/words'], [{ regex: uiStateCharts, message: 'src/words is pure wording.' }, noNode]],
  [
    ['src/store'],
    [{ regex: packages('react', 'react-dom', 'recharts'), message: 'src/store is state only.' }, noNode],
  ],
  [
    ['src/routing'],
    [{ regex: packages('react-dom', 'zustand', 'recharts'), message: 'src/routing needs React only.' }],
  ],
  [
    ['src/cli', 'src/build', 'src/node'],
    [{ regex: uiStateCharts, message: 'The CLI and the build run in Node.' }],
  ],
].map(([folders, patterns]) => ({
  files: folders.map((folder) => `${folder}/**/*.{ts,tsx}`),
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.test.json' } },
      'boundaries/elements': elements,
      'boundaries/files': files,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // A local file outside every layer cannot be imported either.
          checkUnknownLocals: true,
          message:
            'Layer boundary: {{from.type}} may not import "{{dependency.source}}" ({{#if to.type}}{{to.type}}{{else}}in no layer{{/if}}); see the layers in eslint.config.js.',
          policies: layerPolicies,
        },
      ],
    },
  },
  ...packageBans,
);
