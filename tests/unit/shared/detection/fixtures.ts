/**
 * Named test pages: `sim:<device id>:<state>` (simulator), `snippet:<name>` (snippets.ts),
 * `negative/<file>` (tests/fixtures/pages/negative). Signatures' `mustMatch` use these names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DEVICES } from '../../../simulator/devices';
import { renderDevicePage, type PageState } from '../../../simulator/pages';
import { PRIVATE_URL } from './dom';
import { SNIPPETS } from './snippets';

export const NEGATIVE_DIR = join(import.meta.dirname, '../../../fixtures/pages/negative');

export function negativeFixtureNames(): string[] {
  return readdirSync(NEGATIVE_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export interface NamedPage {
  url: string;
  html: string;
}

export function loadPage(name: string): NamedPage {
  const sim = /^sim:([a-z0-9-]+):(login|forgot|init)$/.exec(name);
  if (sim) {
    const device = DEFAULT_DEVICES.find((d) => d.id === sim[1]);
    if (!device) throw new Error(`no simulated device ${sim[1]}`);
    return { url: PRIVATE_URL, html: renderDevicePage(device, sim[2] as PageState) };
  }
  if (name.startsWith('snippet:')) {
    const snippet = SNIPPETS[name.slice('snippet:'.length)];
    if (!snippet) throw new Error(`no snippet ${name}`);
    return snippet;
  }
  if (name.startsWith('negative/')) {
    return {
      url: PRIVATE_URL,
      html: readFileSync(join(NEGATIVE_DIR, name.slice('negative/'.length)), 'utf8'),
    };
  }
  throw new Error(`unknown page name ${name}`);
}
