/**
 * Every static file the device pages reference, per generation. A unit test crawls each
 * page's src/href attributes and fetches them, so a page cannot reference a file that is
 * missing here.
 */
import { BRAND_STYLES } from '../brands';
import type { SimDevice } from '../devices';
import { forgotDialogTemplate } from '../pages/forgot-dialog';
import { loginClientScript } from '../pages/login-script';
import { PLUGIN_IDS } from '../pages/plugin';
import { WEB3_IDS } from '../pages/web3';
import { buildWeb5Bundle } from '../pages/web5-bundle';
import { faviconIco, gradientPng, hexToRgb, logoPng } from './images';
import {
  COMMON_JS,
  DHLIB_JS,
  I18N_EN_JS,
  JQUERY_JS,
  PLUGIN_INFO_JS,
  PUBSUB_JS,
  TEST_PAGE_JS,
  UI_CORE_JS,
  UI_WIDGET_JS,
  h5Css,
  oldUiCss,
} from './scripts';

export interface StaticAsset {
  contentType: string;
  body: string | Buffer;
}

const JS = 'application/javascript';
const CSS = 'text/css';
const PNG = 'image/png';
const ICO = 'image/x-icon';

const FORM_URLENCODED = 'application/x-www-form-urlencoded; charset=UTF-8';

function buildAssets(device: SimDevice): Map<string, StaticAsset> {
  const brand = BRAND_STYLES[device.brand];
  const accent = hexToRgb(brand.accent);
  const assets = new Map<string, StaticAsset>();
  const add = (path: string, contentType: string, body: string | Buffer) =>
    assets.set(path, { contentType, body });
  add('/favicon.ico', ICO, faviconIco(accent));

  switch (device.generation) {
    case 'plugin': {
      add('/css/login.css', CSS, oldUiCss(brand.accent, '../image/login_bg.png'));
      add('/js/common.js', JS, COMMON_JS);
      add(
        '/js/login.js',
        JS,
        loginClientScript({
          clientType: 'Web3.0',
          contentType: FORM_URLENCODED,
          ids: { ...PLUGIN_IDS },
          dialogTemplate: forgotDialogTemplate(device),
        }),
      );
      add('/image/logo.png', PNG, logoPng(brand.logoText, accent, 3));
      add('/image/login_bg.png', PNG, gradientPng(8, 200, [214, 220, 228], [233, 236, 239]));
      // A placeholder, not an installer: the link exists only as the era's fingerprint.
      add(
        '/webplugin.exe',
        'application/octet-stream',
        'Recorder simulator placeholder: not a real plug-in.\n',
      );
      break;
    }
    case 'web3': {
      add('/jsBase/lib/jquery.js', JS, JQUERY_JS);
      add('/debug/testPage.js', JS, TEST_PAGE_JS);
      add('/jsBase/lib/jquery.pubsub.js', JS, PUBSUB_JS);
      add('/jsBase/widget/js/jquery.ui.core.js', JS, UI_CORE_JS);
      add('/jsBase/widget/js/jquery.ui.widget.js', JS, UI_WIDGET_JS);
      add(
        '/jsBase/widget/css/jquery.ui.css',
        CSS,
        '.ui-helper-hidden{display:none}.ui-widget{font-family:Arial,sans-serif}\n',
      );
      add('/css/login.css', CSS, oldUiCss(brand.accent, '../image/login_bg.png'));
      add('/image/login_bg.png', PNG, gradientPng(8, 200, [201, 211, 222], [233, 236, 239]));
      add('/image/logo.png', PNG, logoPng(brand.logoText, accent, 3));
      add(
        '/js/loginEx.js',
        JS,
        loginClientScript({
          clientType: 'Web3.0',
          contentType: FORM_URLENCODED,
          ids: { ...WEB3_IDS },
          dialogTemplate: forgotDialogTemplate(device),
        }),
      );
      break;
    }
    case 'h5': {
      add('/baseProj/images/favicon.ico', ICO, faviconIco(accent));
      add('/custom_logo/web_logo.png', PNG, logoPng(brand.logoText, accent, 4));
      add('/baseProj/css/base.css', CSS, h5Css(brand.accent));
      add('/baseProj/images/login_bg.png', PNG, gradientPng(8, 256, [28, 35, 48], [58, 75, 94]));
      add('/baseProj/js/lib/dhlib.min.js', JS, DHLIB_JS);
      add('/baseProj/js/i18n/English.js', JS, I18N_EN_JS);
      add('/app/plugin/pluginInfo.js', JS, PLUGIN_INFO_JS);
      break;
    }
    case 'web5': {
      for (const [path, file] of buildWeb5Bundle(device).files) add(path, file.contentType, file.body);
      break;
    }
  }
  return assets;
}

/** Keyed by the device's content, so a test that edits a device gets fresh assets. */
const cache = new Map<string, Map<string, StaticAsset>>();

export function staticAsset(device: SimDevice, path: string): StaticAsset | null {
  const key = JSON.stringify(device);
  let assets = cache.get(key);
  if (!assets) {
    if (cache.size > 64) cache.clear();
    assets = buildAssets(device);
    cache.set(key, assets);
  }
  return assets.get(path) ?? null;
}
