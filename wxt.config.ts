import { build } from 'esbuild';
import { defineConfig } from 'wxt';

// One source, two targets: Chromium MV3 (.output/chrome-mv3) and Firefox MV2 (.output/firefox-mv2).
// Every permission below is justified in README.md ("Permissions"); keep that table in sync.
export default defineConfig({
  // RRC_OUT_DIR lets parallel builds (several engineers, a benchmark) not overwrite each other.
  outDir: process.env.RRC_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact for the side panel: the same components render in the VS Code webview.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { chunkSizeWarningLimit: 2048 },
  }),
  hooks: {
    // The always-on gate (webext/gate.ts) is bundled on its own, without WXT's wrapper and the
    // polyfill, because it runs on every page the user opens; then declared in the manifest.
    'build:publicAssets': async (_wxt, assets) => {
      const out = await build({
        entryPoints: ['webext/gate.ts'],
        bundle: true,
        minify: true,
        format: 'iife',
        target: ['chrome120', 'firefox115'],
        write: false,
        legalComments: 'none',
      });
      assets.push({ relativeDest: 'gate.js', contents: out.outputFiles[0]!.text });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['http://*/*', 'https://*/*'],
          js: ['gate.js'],
          all_frames: true,
          run_at: 'document_idle',
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Recorder Reset Copilot',
    description:
      "Notices a Dahua-made recorder's login page and guides the vendor's documented password-reset paths, step by step.",
    permissions: ['storage', 'scripting'],
    // Content scripts already run on every http(s) page (detection on any IP and port needs that);
    // this host access lets the background inject the in-page prompt only after a detection.
    host_permissions: ['http://*/*', 'https://*/*'],
    // "Read this screen" (tabs.captureVisibleTab) needs the literal <all_urls>; asked for at the
    // click, never at install. MV2 (Firefox) spells it optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['<all_urls>'] }
      : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'Recorder Reset Copilot' },
    content_security_policy: {
      // 'wasm-unsafe-eval' is for the bundled OCR and QR decoders (WebAssembly); no remote code anywhere.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'recorder-reset-copilot@example.org',
              strict_min_version: '140.0',
              // We collect and transmit nothing: no telemetry, no remote calls.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
