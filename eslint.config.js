import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
    // The domain is pure: no UI, state or chart libraries, no features, no Node APIs.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*', 'recharts'],
              message: 'src/domain is pure.',
            },
            {
              group: [
                '@/features/*',
                '@/store/*',
                '@/app/*',
                '../features/*',
                '../store/*',
                '../app/*',
                '../cli/*',
              ],
              message: 'src/domain must not import upward.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/domain runs in the browser too: no Node APIs.' },
          ],
        },
      ],
    },
  },

  {
    // Features stand side by side: no feature imports another, none imports the app shell.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '../../features/*', '../../app/*'],
              message: 'Features may not import other features or the app; link by URL (routes.*).',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared layers sit below the features.
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared layers may not import features or the app.',
            },
          ],
        },
      ],
    },
  },
);
