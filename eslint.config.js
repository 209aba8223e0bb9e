import eslint from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Files allowed to import electron: the thin platform layer and the preload bridge. */
const electronAllowed = ['src/main/platform/**', 'src/preload/index.ts']

const electronBan = {
  name: 'electron',
  message: 'Only src/main/platform and src/preload/index.ts may import electron: keep the rest testable in Node.',
}

/** electron-log/main requires Electron: the platform layer backs the Logger port with it, nothing else imports it. */
const electronLogBan = {
  name: 'electron-log/main',
  message: 'Only src/main/platform may import electron-log/main; services log through the injected Logger.',
}

/** What the renderer may not import: it has no Node and reaches main only through the IPC client. */
const rendererPatterns = [
  { group: ['node:*'], message: 'The renderer has no Node.' },
  {
    group: ['**/main/**', '**/preload/**', '**/harness/**'],
    message: 'The renderer reaches the main process only through the IPC client.',
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'parent', 'sibling', 'index'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'no-restricted-imports': ['error', { paths: [electronBan, electronLogBan] }],
    },
  },
  {
    // Tests of platform adapters import electron's types for their fakes.
    files: [...electronAllowed, 'test/main/platform/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The typed wrappers are the only places that may touch raw IPC.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/platform/ipc-binding.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'Use bindIpc (src/main/platform/ipc-binding.ts).' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Use the preload bridge.' },
        {
          selector: "MemberExpression[object.property.name='webContents'][property.name='send']",
          message: 'Send events through the EventBus; bindIpc forwards them.',
        },
      ],
    },
  },
  {
    // Shared code runs in all three processes: no Node, no Electron, no React.
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, { name: 'react', message: 'src/shared must not depend on React.' }],
          patterns: [{ group: ['node:*'], message: 'src/shared must not depend on Node.' }],
        },
      ],
    },
  },
  {
    // core/ is what everything else uses (clock, logger, ports, event bus): it depends on nothing above it.
    files: ['src/main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            {
              // Anything above core/ except src/shared.
              regex: '^\\.\\./(?!\\.\\./shared/)',
              message: 'src/main/core imports only src/shared; the composition root lives in src/main/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: rendererPatterns }],
    },
  },
  {
    // The app's own files never import the component tests' support (fake services, Testing
    // Library): the bundle holds what index.html imports, so none of it can reach a user.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/**/*.test.tsx', 'src/renderer/src/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [
            ...rendererPatterns,
            {
              group: ['**/test-support/**', '@testing-library/*', 'vitest', 'happy-dom'],
              message: 'Test support is for *.test.tsx files only; it must not reach the app bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules: what only the types can tell (a promise nobody awaits, a switch that misses
    // a member of a union, a check that can never be false), with the types tsc sees: the project
    // service finds each file's own tsconfig. Files outside every tsconfig (scripts/*.mjs) are left out.
    // no-misused-promises is not on: it made the run about a quarter slower, and its conditional
    // check is covered by no-unnecessary-condition (a promise is always truthy).
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A deliberate default (ids the app passes through unchecked) counts as handling the rest.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  prettier,
)
