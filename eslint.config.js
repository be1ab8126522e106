// ESLint: type-checked rules everywhere, plus the boundary that keeps shared/ pure.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const pureMessage =
  'shared/ is pure domain code: it runs in the renderer, in main, in the command line and in tests. Pass data in; keep platform code in electron/ or renderer/.'

const layerMessage =
  'Components reach IndexedDB only through hooks and repositories, so that every read is parsed and every write is one transaction in one place. Call the bound repositories in renderer/db/app-data.ts, or read through a hook.'

/** Dexie and the database handles stay in renderer/db/; feature hooks (useX.ts) may use live queries. */
const layerImports = (allowLiveQueries) => [
  'error',
  {
    paths: [
      // Types describe rows; they cannot reach the database.
      { name: 'dexie', message: layerMessage, allowTypeImports: true },
      ...(allowLiveQueries ? [] : [{ name: 'dexie-react-hooks', message: layerMessage }]),
    ],
    patterns: [
      {
        group: ['**/db/database', '**/db/key-database'],
        importNames: ['database', 'keyDatabase', 'openDatabase', 'openKeyDatabase'],
        message: layerMessage,
      },
    ],
  },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: pureMessage },
            { name: 'react', message: pureMessage },
            { name: 'react-dom', message: pureMessage },
            { name: 'dexie', message: pureMessage },
            { name: 'dexie-react-hooks', message: pureMessage },
            ...[
              'fs',
              'fs/promises',
              'path',
              'os',
              'child_process',
              'crypto',
              'url',
              'util',
              'stream',
              'buffer',
              'worker_threads',
            ].map((name) => ({ name, message: pureMessage })),
          ],
          patterns: [
            { group: ['node:*'], message: pureMessage },
            { group: ['**/renderer/**', '**/electron/**'], message: pureMessage },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: pureMessage })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/**/*.test.{ts,tsx}', 'renderer/**/*-fixtures.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': layerImports(false),
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.name=/^(database|keyDatabase|openDatabase|openKeyDatabase)$/]',
          message: layerMessage,
        },
      ],
    },
  },
  {
    files: ['renderer/**/use*.ts'],
    ignores: ['renderer/db/**'],
    rules: { '@typescript-eslint/no-restricted-imports': layerImports(true) },
  },
)
