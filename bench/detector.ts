/**
 * Detector cost: bundle sizes, and what the always-on gate costs per page, measured in real
 * Chromium against a baseline in the same run (the same pages, the browser without the
 * extension). Pages: an ordinary ~60 kB article and a 2 MB page full of elements and scripts.
 */
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, ROOT } from '../tests/e2e/harness/paths';

const LOADS = Number(process.env.BENCH_LOADS ?? 12);

function articlePage(targetBytes: number): string {
  const para =
    '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Recorders and cameras are covered in the <a href="/x">manual</a>; ' +
    '<code>jsBase/lib/jquery.js</code> is quoted here as text only.</p>\n';
  const script = '<script>window.__n=(window.__n||0)+1;</script>\n';
  const img = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">\n';
  let body = '';
  let i = 0;
  while (body.length < targetBytes) {
    body += para;
    if (i % 10 === 0) body += script;
    if (i % 5 === 0) body += img;
    i++;
  }
  return `<!doctype html><html><head><title>Field notes</title></head><body><article>${body}</article></body></html>`;
}

const PAGES: Record<string, string> = {
  'normal (60 kB)': articlePage(60_000),
  'large (2 MB)': articlePage(2_000_000),
};

function serve(): Promise<{ server: Server; base: string }> {
  const byPath = new Map(Object.entries(PAGES).map(([name, html], i) => [`/p${i}.html`, { name, html }]));
  const server = createServer((req, res) => {
    const page = byPath.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' });
    res.end(page?.html ?? '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rrc-bench-'));
  const ext = withExtension
    ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`]
    : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...ext,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return { context, dir };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Renderer main-thread script time for one page view (CDP Performance metrics). */
async function scriptMs(context: BrowserContext, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300); // document_idle content scripts have run by now
    const { metrics } = await cdp.send('Performance.getMetrics');
    samples.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000);
    await page.close();
  }
  return samples;
}

export async function benchDetector(): Promise<string> {
  const lines: string[] = ['## Detector', ''];
  lines.push('| Bundle | Bytes | gzip |', '|---|---:|---:|');
  for (const file of ['gate.js', 'content-scripts/detect.js', 'content-scripts/prompt.js', 'background.js']) {
    const path = join(CHROME_BUILD, file);
    const bytes = statSync(path).size;
    lines.push(
      `| \`${file}\`${file === 'gate.js' ? ' (runs on every page)' : ''} | ${bytes} | ${gzipSync(readFileSync(path)).length} |`,
    );
  }

  // quickGate itself, called in the page: the per-page work of the always-on script.
  const gateBundle = await build({
    stdin: {
      contents:
        "import { quickGate } from './shared/detection/quick-gate'; (globalThis as any).__gate = quickGate;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  const gateCode = gateBundle.outputFiles[0]!.text;

  const { server, base } = await serve();
  const baseline = await launch(false);
  const withExt = await launch(true);
  lines.push(
    '',
    `Renderer script time per page view, median of ${LOADS} loads (CDP ScriptDuration), and quickGate per call:`,
    '',
  );
  lines.push(
    '| Page | Baseline: no extension (ms) | With extension (ms) | Difference (ms) | quickGate per call (µs) | reading document.title per call (µs) |',
    '|---|---:|---:|---:|---:|---:|',
  );
  try {
    for (const [i, name] of Object.keys(PAGES).entries()) {
      const url = `${base}/p${i}.html`;
      const without = median(await scriptMs(baseline.context, url));
      const withE = median(await scriptMs(withExt.context, url));
      const page = await baseline.context.newPage();
      await page.goto(url);
      await page.addScriptTag({ content: gateCode });
      const perCall = await page.evaluate(() => {
        const gate = (globalThis as unknown as { __gate: (d: Document, u: string) => string }).__gate;
        const runs = 200;
        let t = performance.now();
        for (let k = 0; k < runs; k++) gate(document, location.href);
        const gateUs = ((performance.now() - t) / runs) * 1000;
        t = performance.now();
        let sink = 0;
        for (let k = 0; k < runs; k++) sink += document.title.length;
        const titleUs = ((performance.now() - t) / runs) * 1000;
        return { gateUs, titleUs, sink };
      });
      await page.close();
      lines.push(
        `| ${name} | ${without.toFixed(2)} | ${withE.toFixed(2)} | ${(withE - without).toFixed(2)} | ${perCall.gateUs.toFixed(1)} | ${perCall.titleUs.toFixed(2)} |`,
      );
    }
  } finally {
    await baseline.context.close();
    await withExt.context.close();
    rmSync(baseline.dir, { recursive: true, force: true });
    rmSync(withExt.dir, { recursive: true, force: true });
    server.close();
  }
  return lines.join('\n');
}
