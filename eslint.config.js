import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'demo-output/', '**/*.bundle.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build DOM with createElement/Preact; never innerHTML page-derived text.' },
        { property: 'outerHTML', message: 'Never write outerHTML.' },
      ],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'Tact sends nothing anywhere.' },
        { name: 'XMLHttpRequest', message: 'Tact sends nothing anywhere.' },
        { name: 'WebSocket', message: 'Tact sends nothing anywhere.' },
      ],
    },
  },
  {
    // Site replicas and test tooling are not extension code: they may build DOM freely.
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: { console: 'readonly', process: 'readonly', document: 'readonly', window: 'readonly', URL: 'readonly', setTimeout: 'readonly' } } },
);
