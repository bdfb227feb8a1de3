// Lint: typescript-eslint's type-checked recommendations, plus the import zones that keep the
// layers apart. Formatting is Prettier's job (`npm run format:check`), so no style rules here.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Platform modules the core must never reach: it runs in a page, a panel, Node and VS Code alike. */
const PLATFORM_MODULES = [
  { name: 'wxt', message: 'shared/ is platform-free: put browser glue in webext/.' },
  { name: 'webextension-polyfill', message: 'shared/ is platform-free: put browser glue in webext/.' },
  { name: 'vscode', message: 'shared/ is platform-free: put VS Code glue in extension/.' },
  // Exact names: a `#` starts a comment in the gitignore-style `patterns` below.
  { name: '#imports', message: 'shared/ is platform-free: put browser glue in webext/.' },
  // Node's built-ins without the `node:` prefix ('fs', 'path', 'fs/promises', …).
  ...builtinModules.map((name) => ({
    name,
    message: 'shared/ is platform-free: Node services live in node/ behind shared/platform.',
  })),
];
const PLATFORM_PATTERNS = [
  {
    group: ['wxt/*', '@wxt-dev/*'],
    message: 'shared/ is platform-free: put browser glue in webext/.',
  },
  {
    group: ['node:*'],
    message: 'shared/ is platform-free: Node services live in node/ behind shared/platform.',
  },
];
/** Front ends, by folder: the core and the UI import none of them. */
const FRONT_END_DIRS = [
  'webext',
  'entrypoints',
  'extension',
  'cli',
  'node',
  'ui',
  'tests',
  'bench',
  'scripts',
];
const frontEndGroups = (dirs) => dirs.flatMap((dir) => [`**/${dir}/**`, `**/${dir}`]);

/**
 * no-restricted-imports sees static imports and re-exports only. The core and the UI load
 * their modules statically, so the zones see every one: import() and require() are refused.
 */
const staticImportsOnly = (zone) => [
  'error',
  {
    selector: 'ImportExpression',
    message: `${zone} loads its modules with static imports, which the zones check.`,
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: `${zone} is ES modules: no require(), and the zones check static imports.`,
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-*/',
      '.wxt/',
      'extension/dist/',
      'bench/.corpus*/',
      'bench/results/',
      'release/',
      '**/*.cjs',
      '**/*.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are the compiler's job (noUnusedLocals / noUnusedParameters); `_x` is a
      // deliberate placeholder.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read untyped JSON from real processes, pages and logs, and their fakes implement
    // async interfaces with synchronous bodies: the `any`-flow and await rules would only add casts.
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PLATFORM_MODULES,
          patterns: [
            ...PLATFORM_PATTERNS,
            {
              group: frontEndGroups(FRONT_END_DIRS),
              message: 'shared/ is the core: it imports no front end.',
            },
          ],
        },
      ],
      'no-restricted-syntax': staticImportsOnly('shared/'),
    },
  },
  {
    files: ['ui/**/*.ts', 'ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: PLATFORM_MODULES.map((p) => ({
            ...p,
            message: 'ui/ gets platform services through ui/guide-host.ts.',
          })),
          patterns: [
            {
              group: ['wxt/*', '@wxt-dev/*', 'node:*'],
              message: 'ui/ gets platform services through ui/guide-host.ts.',
            },
            {
              group: frontEndGroups(['webext', 'entrypoints', 'extension', 'cli', 'node']),
              message:
                'ui/ is shared by the side panel and the VS Code webview: reach the host through ui/guide-host.ts.',
            },
          ],
        },
      ],
      'no-restricted-syntax': staticImportsOnly('ui/'),
    },
  },
);
