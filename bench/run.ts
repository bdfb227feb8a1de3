/**
 * `npm run bench`: every measurement against a baseline taken in the same run. Needs a build
 * (`npm run build`); prints Markdown tables for the README.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD } from '../tests/e2e/harness/paths';
import { benchDetector } from './detector';
import { benchOcr } from './ocr';

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    console.error('No build in .output/chrome-mv3: run `npm run build` first.');
    process.exit(2);
  }
  console.log(`# Recorder Reset Copilot benchmarks (${new Date().toISOString()})\n`);
  console.log(await benchDetector());
  console.log(`\n${await benchOcr()}`);
  console.log(`\n${await benchOcr({ heldOut: true })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
