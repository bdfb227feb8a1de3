/**
 * What the ranking knows: facts read from the device (detection fills them) and the technician's
 * answers to the short interview. `null` / `undefined` always mean "not known yet", never "no",
 * so a missing fact cannot rule a method out.
 */
import type { Brand, DeviceFamily } from './types';

export type QrVendor = 'A1' | 'A2' | 'B1' | 'B2';

export interface DeviceFacts {
  brand: Brand;
  model: string | null;
  family: DeviceFamily | null;
  /** DevInit.getStatus `Init` low bits: 1 factory (false), 2 initialised (true). */
  initialized: boolean | null;
  /** DevInit.getStatus `Find` letters, e.g. 'AB'; 'B' = e-mail. */
  findContacts: string | null;
  /** DevInit.getStatus `SecretQuestion`: security questions are set. */
  secretQuestions: boolean | null;
  /** Discovery `byPwdResetWay` bit 2: reset by XML file. */
  xmlReset: boolean | null;
  /** Firmware predates Dahua's QR reset / 2017 Device Initialization change. */
  legacyFirmware: boolean | null;
  /** Vendor id in the reset QR text. */
  qrVendor: QrVendor | null;
  /** Firmware build date `YYYY-MM-DD` when known; lets the ranking spot very old firmware. */
  firmwareDate?: string | null;
}

export type YesNoUnsure = 'yes' | 'no' | 'unsure';
export type YesNo = 'yes' | 'no';

export interface Situation {
  /** Can read the recovery mailbox reserved on the recorder. */
  mailbox?: YesNoUnsure;
  /** Knows the security-question answers. */
  knowsAnswers?: YesNoUnsure;
  physicalAccess?: YesNo;
  screwdriver?: YesNo;
  /** A PC on the recorder's LAN that can run ConfigTool. */
  pcOnLan?: YesNo;
  warrantyMatters?: YesNoUnsure;
}

export type SituationKey = keyof Situation;

export function unknownFacts(brand: Brand = 'Unknown'): DeviceFacts {
  return {
    brand,
    model: null,
    family: null,
    initialized: null,
    findContacts: null,
    secretQuestions: null,
    xmlReset: null,
    legacyFirmware: null,
    qrVendor: null,
    firmwareDate: null,
  };
}
