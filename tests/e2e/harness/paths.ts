import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** Same variable as wxt.config.ts: where the build under test lives. */
const OUT = resolve(ROOT, process.env.RRC_OUT_DIR ?? '.output');
export const CHROME_BUILD = resolve(OUT, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUT, 'firefox-mv2');

/** Debian's Chromium; playwright-core 1.64 speaks its protocol (never `playwright install`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBuild(dir: string): string {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build:all\` first (npm test does).`);
  }
  return dir;
}
