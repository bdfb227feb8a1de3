import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (plain Node, fast, no browser) and `e2e` (built extension in real
// Chromium / firefox-esr). e2e files run one at a time: each launches a browser and the
// machine has two cores.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // The VS Code extension's tests (tests/unit/extension) run without VS Code: `vscode` is not
          // an installed module, so `vi.mock` cannot reach it. Only extension/ imports it (a test
          // keeps shared/ free of it), so this exact-name alias affects nothing else.
          alias: [
            {
              find: /^vscode$/,
              replacement: fileURLToPath(new URL('./tests/unit/extension/mock/vscode.ts', import.meta.url)),
            },
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
