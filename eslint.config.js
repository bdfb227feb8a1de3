// Lint: typescript-eslint's type-checked recommendations, plus the import zones that keep the
// layers apart. Formatting is Prettier's job (`npm run format:check`), so no style rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Platform modules the core must never reach: it runs in a page, a panel, Node and VS Code alike. */
const PLATFORM_MODULES = [
  { name: 'wxt', message: 'shared/ is platform-free: put browser glue in webext/.' },
  { name: 'webextension-polyfill', message: 'shared/ is platform-free: put browser glue in webext/.' },
  { name: 'vscode', message: 'shared/ is platform-free: put VS Code glue in extension/.' },
];
const PLATFORM_PATTERNS = [
  {
    group: ['wxt/*', '#imports', '@wxt-dev/*'],
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
              group: ['wxt/*', '#imports', 'node:*'],
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
    },
  },
);
