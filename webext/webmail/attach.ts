/**
 * Putting a File into a compose without the OS file picker (reference §4.4).
 *
 * - Synthetic drop: `dragenter`/`dragover` then `drop`, each a DragEvent carrying a real
 *   DataTransfer that holds one File. Its `types` is `['Files']`, which passes Outlook's check
 *   `files.length > 0 && (types.includes('application/x-moz-file') || types.length === 1)`.
 * - File input: set `input.files` and fire `change`, when the compose already has an input.
 *
 * File, DataTransfer and DragEvent are DOM objects, shared with the page's own scripts (unlike
 * plain JS objects, which is why InboxSDK relays through the page world). In Firefox this is
 * [inferred] from that rule and not covered by the browser tests, which run Chromium.
 */
export function makeFile(name: string, mime: string, bytes: Uint8Array): File {
  // Copy into a fresh ArrayBuffer: the File must not alias a buffer the caller may reuse.
  return new File([bytes.slice()], name, { type: mime, lastModified: Date.now() });
}

export function transferOf(file: File): DataTransfer {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  return transfer;
}

/** Dispatch one drag event; returns false when a handler called preventDefault (i.e. accepted it). */
export function fireDrag(
  target: EventTarget,
  type: 'dragenter' | 'dragover' | 'drop' | 'dragleave',
  transfer: DataTransfer,
): boolean {
  const event = new DragEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    dataTransfer: transfer,
  });
  return target.dispatchEvent(event);
}

/** Hand the file to a compose's `<input type=file>`, as if picked in the OS dialog. */
export function putInFileInput(input: HTMLInputElement, transfer: DataTransfer): boolean {
  try {
    input.files = transfer.files;
  } catch {
    return false;
  }
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.files?.length === transfer.files.length;
}
