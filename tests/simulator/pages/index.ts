/**
 * The device pages, shared by the simulator's HTTP routes and by the detector's unit tests
 * (which feed the exact same HTML to a DOM parser).
 */
import type { SimDevice } from '../devices';
import { maskEmail } from '../derive';
import { buildResetPayload } from '../qr-payload';
import type { PageContext, PageState } from './context';
import { renderH5Page } from './h5';
import { renderPluginPage } from './plugin';
import { renderWeb3Page } from './web3';
import { renderWeb5Page } from './web5';

export type { PageState } from './context';

export interface RenderOptions {
  /** Reset blob for the forgot state; defaults to the device's blob #0 (deterministic). */
  payload?: string;
  /** Web5 only: the DOM as it looks after the SPA's JS has rendered the login form. */
  hydrated?: boolean;
}

export function renderDevicePage(device: SimDevice, state: PageState, opts: RenderOptions = {}): string {
  const ctx: PageContext = {
    device,
    state,
    payload: opts.payload ?? buildResetPayload(device, 0),
    maskedEmail: maskEmail(device.email),
    hydrated: opts.hydrated ?? false,
  };
  switch (device.generation) {
    case 'plugin':
      return renderPluginPage(ctx);
    case 'web3':
      return renderWeb3Page(ctx);
    case 'h5':
      return renderH5Page(ctx);
    case 'web5':
      return renderWeb5Page(ctx);
  }
}

export { forgotDialogHtml, qrImageSrc } from './forgot-dialog';
export { deviceInfoText } from './footer';
export { web5RenderDelayMs, buildWeb5Bundle, WEB5_IDS } from './web5-bundle';
export { PLUGIN_IDS } from './plugin';
export { WEB3_IDS } from './web3';
export { H5_IDS } from './h5';
