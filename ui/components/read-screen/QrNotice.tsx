/**
 * The reset QR found on screen: its clear-text header says who made the firmware (A = Dahua,
 * B = OEM rebrand) and that the device is showing its forgot-password screen. The encrypted body
 * is only counted: it never reaches this component.
 */
import type { ResetQrInfo } from '../../../shared/ocr/types';

export function QrNotice({ qr }: { qr: ResetQrInfo }) {
  const maker = qr.vendor.startsWith('A')
    ? "Dahua's own firmware"
    : 'Dahua-made firmware sold under another brand (OEM)';
  return (
    <div class="warning warning-info" data-testid="read-qr" data-vendor={qr.vendor}>
      <strong>Reset QR code found.</strong>{' '}
      {`The device is showing its forgot-password screen. Vendor ${qr.vendor} (${qr.vendorMeaning}): ${maker}. Key ${qr.keyId}.`}
      <br />
      <small class="muted">
        {`Its encrypted part (${qr.bodyLength} characters) stays on this computer: it is not stored or sent anywhere. Scan the QR on the recorder's screen with the vendor's app.`}
      </small>
    </div>
  );
}
