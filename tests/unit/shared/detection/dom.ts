/**
 * Parses HTML into a DOM for the detector tests. happy-dom's DOMParser never runs the
 * page's scripts, like a content script reading a page it did not write.
 */
import { Window } from 'happy-dom';

export const PRIVATE_URL = 'http://192.168.1.20/';

let window: Window | null = null;

export function testWindow(): Window {
  window ??= new Window({ url: PRIVATE_URL });
  return window;
}

export function parseHtml(html: string): Document {
  const w = testWindow();
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export async function closeTestWindow(): Promise<void> {
  await window?.happyDOM.close();
  window = null;
}
