/** The hub's index: every simulated recorder with its links, and the negative pages. */
import type { SimDevice } from '../devices';
import { esc } from './html';

export interface HubDevice {
  device: SimDevice;
  origin: string;
}

export function renderHubPage(devices: readonly HubDevice[], negatives: readonly string[]): string {
  const rows = devices.map(({ device: d, origin }) => {
    const o = esc(origin);
    const links = [
      `<a href="${o}/">login page</a>`,
      `<a href="${o}/__sim/forgot">forgot state</a>`,
      `<a href="${o}/__sim/init">init wizard</a>`,
      `<a href="${o}/__sim/local-gui?screen=info">local GUI: info</a>`,
      `<a href="${o}/__sim/local-gui?screen=forgot">local GUI: forgot</a>`,
    ].join(' · ');
    return (
      `<tr id="dev-${esc(d.id)}"><td><code>${esc(d.id)}</code></td><td>${esc(d.brand)}</td><td>${esc(d.generation)}</td>` +
      `<td>${esc(d.model)}</td><td>${d.initialized ? 'initialized' : 'factory-fresh'}</td><td>${esc(d.realm)}</td>` +
      `<td><a class="device-link" href="${o}/">${o}/</a></td><td>${links}</td></tr>`
    );
  });
  const negativeItems =
    negatives.length === 0
      ? '<li><em>none yet (tests/fixtures/pages/negative/ is empty)</em></li>'
      : negatives
          .map(
            (n) =>
              `<li><a class="negative-link" href="/negative/${encodeURIComponent(n)}">${esc(n)}</a></li>`,
          )
          .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Recorder simulator</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
code{font-size:13px}
</style>
</head>
<body>
<h1>Recorder simulator</h1>
<p>Simulated Dahua-made recorders for Recorder Reset Copilot's tests and demo. Each recorder has its own origin, as real web UIs post to absolute <code>/RPC2_Login</code> and <code>/OutsideCmd</code>.</p>
<table>
<thead><tr><th>id</th><th>brand</th><th>UI</th><th>model</th><th>state</th><th>realm</th><th>origin</th><th>views</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>Negative pages</h2>
<p>Pages that must not be detected as a recorder.</p>
<ul>
${negativeItems}
</ul>
</body>
</html>
`;
}
