/**
 * The guide webview's HTML. Pure (no `vscode` import) so the Chromium test renders exactly
 * what the extension serves.
 *
 * Strict CSP in <head> (a <meta> CSP outside <head> is ignored): nothing loads by default,
 * the one bundled script runs only with this load's nonce, styles and images come only from
 * the extension's own resources (`webview.cspSource`), plus data: images for a screenshot the
 * host read. No inline script or style, no remote origin.
 */

export interface GuideHtmlParts {
  /** `webview.cspSource`. */
  cspSource: string;
  /** `webview.asWebviewUri(dist/webview/guide.js)`, as a string. */
  scriptUri: string;
  styleUri: string;
  /** 32 random alphanumerics, new for every render. */
  nonce: string;
  /** The host can read image files (OCR bundled, workspace trusted). */
  readScreen: boolean;
}

export function guideCsp(parts: Pick<GuideHtmlParts, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${parts.nonce}'`,
    `style-src ${parts.cspSource}`,
    `img-src ${parts.cspSource} data:`,
    `font-src ${parts.cspSource}`,
  ].join('; ');
}

export function renderGuideHtml(parts: GuideHtmlParts): string {
  const attr = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(guideCsp(parts))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(parts.styleUri)}">
<title>Recorder Reset Copilot</title>
</head>
<body data-read-screen="${parts.readScreen ? 'on' : 'off'}">
<div id="app"></div>
<script nonce="${attr(parts.nonce)}" src="${attr(parts.scriptUri)}"></script>
</body>
</html>
`;
}

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 32 alphanumerics from the given random bytes (the host passes crypto.randomBytes(32)). */
export function nonceFrom(bytes: Uint8Array): string {
  if (bytes.length < 32) throw new Error('A nonce needs 32 random bytes.');
  // 62 symbols: the modulo bias is irrelevant for a CSP nonce, which only has to be unguessable.
  return Array.from(bytes.subarray(0, 32), (b) => NONCE_ALPHABET[b % NONCE_ALPHABET.length]).join('');
}
