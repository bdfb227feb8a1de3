/**
 * "Web5.0" SPA shell: an EMPTY <div id="root"> plus the inline webpack runtime and chunk
 * scripts; the login form appears only after the JS has run (see web5-bundle.ts). The
 * forgot dialog goes into a separate portal node, as SPA modals do.
 */
import type { PageContext } from './context';
import { forgotDialogHtml } from './forgot-dialog';
import { initWizardHtml } from './init-wizard';
import { buildWeb5Bundle, WEB5_IDS } from './web5-bundle';

export function renderWeb5Page(ctx: PageContext): string {
  const { device } = ctx;
  const bundle = buildWeb5Bundle(device);
  // The wizard is server-rendered into #root; the login chunk never mounts over content.
  const root = ctx.state === 'init' ? initWizardHtml(device) : ctx.hydrated ? bundle.loginMarkup : '';
  const dialog = ctx.state === 'forgot' ? forgotDialogHtml(device, ctx.payload, ctx.maskedEmail) : '';
  const scripts = bundle.scripts.map((src) => `<script src="${src}"></script>`).join('');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/>` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#000000"/>` +
    `<title>WEB SERVICE</title><link href="${bundle.css}" rel="stylesheet"></head><body>` +
    `<noscript>You need to enable JavaScript to run this app.</noscript>` +
    `<div id="root">${root}</div><div id="${WEB5_IDS.dialogHost}">${dialog}</div>` +
    `<script>${bundle.runtime}</script>${scripts}</body></html>`
  );
}
