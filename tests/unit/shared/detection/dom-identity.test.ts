import { afterAll, describe, expect, it } from 'vitest';
import { readIdentityFromDom } from '../../../../shared/detection/dom-identity';
import { DEFAULT_DEVICES } from '../../../simulator/devices';
import { renderDevicePage } from '../../../simulator/pages';
import { closeTestWindow, parseHtml } from './dom';

afterAll(closeTestWindow);

function identityOf(body: string) {
  return readIdentityFromDom(
    parseHtml(`<!DOCTYPE html><html><head><title>WEB SERVICE</title></head><body>${body}</body></html>`),
  );
}

describe('readIdentityFromDom', () => {
  it('reads "Label: value" in one node', () => {
    expect(
      identityOf(`<div class="info">
        <p>Device Type: DHI-NVR5232-4KS2</p>
        <p>Serial No.: 4H01D66PAJ2FA64</p>
        <p>MAC Address: 38:af:29:bb:bc:ab</p>
        <p>System Version: V4.002.0000000.8.R, Build Date: 2021-03-19</p>
      </div>`),
    ).toEqual({
      model: 'DHI-NVR5232-4KS2',
      serial: '4H01D66PAJ2FA64',
      mac: '38:AF:29:BB:BC:AB',
      firmware: '4.002.0000000.8.R,build:2021-03-19',
    });
  });

  it('reads label/value cell pairs', () => {
    expect(
      identityOf(`<table>
        <tr><th>Model</th><td>XVR5108HS-I3</td></tr>
        <tr><th>SN</th><td>6J0DA6EPAJ4FE11</td></tr>
        <tr><th>MAC</th><td>BC325FAF5332</td></tr>
        <tr><th>Version</th><td>2.800.0000016.0.R,build:2020-06-05</td></tr>
      </table>`),
    ).toEqual({
      model: 'XVR5108HS-I3',
      serial: '6J0DA6EPAJ4FE11',
      mac: 'BC:32:5F:AF:53:32',
      firmware: '2.800.0000016.0.R,build:2020-06-05',
    });
  });

  it('reads several labels from one footer line and OEM model names under a label', () => {
    expect(
      identityOf(
        '<footer>Device Type: N841A82  |  Version: V4.001.0000000.2.R, Build Date: 2020-09-10</footer>',
      ),
    ).toEqual({
      model: 'N841A82',
      firmware: '4.001.0000000.2.R,build:2020-09-10',
    });
  });

  it('accepts a bare model only with a recorder family name', () => {
    expect(identityOf('<div class="footer">DH-XVR5108HS-I3</div>')).toEqual({ model: 'DH-XVR5108HS-I3' });
    expect(identityOf('<div class="footer">LNE8964AB</div>')).toEqual({});
  });

  it('rejects values that do not fit the grammars', () => {
    expect(
      identityOf(`<dl>
        <dt>Serial Number</dt><dd>unknown</dd>
        <dt>MAC</dt><dd>38:AF:29:BB:BC</dd>
        <dt>Version</dt><dd>V3.2.1.948164</dd>
        <dt>Model</dt><dd>Local</dd>
      </dl>`),
    ).toEqual({});
  });

  it('does not treat the login form\'s user "Type" as a model', () => {
    // AB1234 would pass the labelled-model grammar if a bare "Type" counted as a label.
    expect(identityOf('<label>Type</label><span>AB1234</span>')).toEqual({});
  });

  it('ignores scripts and styles', () => {
    expect(
      identityOf(
        '<script>var s = "Serial No.: 4H01D66PAJ2FA64";</script><style>/* Model: NVR5232-4KS2 */</style>',
      ),
    ).toEqual({});
  });

  it('reads what the simulator shows', () => {
    for (const device of DEFAULT_DEVICES.filter((d) => d.showModelOnLogin && d.generation === 'h5')) {
      const identity = readIdentityFromDom(parseHtml(renderDevicePage(device, 'login')));
      expect(identity.model).toBe(device.model);
      expect(identity.firmware).toBe(`${device.firmware},build:${device.buildDate}`);
    }
  });
});
