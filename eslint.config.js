import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

// Browser and DOM names the pure core must never touch: core/ runs in the CLI, the
// background worker and the tests alike.
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'chrome',
  'browser',
  'localStorage',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'coverage/',
      'test-results/',
      'web-ext-artifacts/',
    ],
  },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Catastrophic backtracking is a hang on somebody's page: fail the lint.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // CommonJS files (the CLI's entry, cli/launcher.cjs) load with require().
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Test helpers scan small, known strings; the move rule would only be noise there.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { 'regexp/no-super-linear-move': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: 'core/ is pure: no browser or DOM globals.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
              message: 'core/ is pure: no extension APIs.',
            },
            {
              group: [
                '@/utils/*',
                '@/components/*',
                '@/entrypoints/*',
                '../utils/*',
                '../components/*',
              ],
              message: 'core/ must not depend on browser glue.',
            },
          ],
        },
      ],
    },
  },
);
