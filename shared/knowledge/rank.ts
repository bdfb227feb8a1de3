/**
 * Ranks the documented reset methods for one device and one technician's situation.
 *
 * Pure and deterministic: the same facts and answers always give the same order, so a ticket
 * summary written today matches what the panel showed. Every score change carries a sentence
 * in `reasons`, because a technician has to trust (or overrule) the order on site.
 *
 * Scoring: each method starts from a base that reflects how likely and how cheap it is
 * (QR > questions > XML > button > legacy), then each known fact adds or removes points. A fact
 * that contradicts a hard requirement sets a floor status (`unlikely` or `unavailable`) instead
 * of only lowering the score, so no amount of other good news can hide it. Unknown facts never
 * rule a method out; they only say what to check.
 */
import { describeQrVendor } from './brands';
import type { DeviceFacts, Situation } from './facts';
import type { DeviceFamily, MethodId } from './types';
import { METHOD_IDS } from './types';

export type { DeviceFacts, Situation } from './facts';
export { interviewQuestions, pendingQuestions } from './interview';
export type { InterviewQuestion, InterviewOption } from './interview';

export type RankStatus = 'recommended' | 'possible' | 'unlikely' | 'unavailable';

export interface RankedMethod {
  method: MethodId;
  /** 1-based position in the returned list. */
  rank: number;
  status: RankStatus;
  /** 0–100. */
  score: number;
  reasons: string[];
}

/** Score at or above which an unblocked method is `recommended`. */
export const RECOMMENDED_SCORE = 75;

const BASE_SCORE: Record<MethodId, number> = {
  'qr-dmss': 60,
  'security-questions': 55,
  'xml-configtool': 45,
  'reset-button': 40,
  'legacy-serial-date': 20,
  'device-init': 10,
};

/** Tie-break: fastest first (QR: minutes; XML: 24–48 h; legacy: depends on support). */
const SPEED_ORDER: Record<MethodId, number> = {
  'device-init': 0,
  'qr-dmss': 1,
  'security-questions': 2,
  'reset-button': 3,
  'xml-configtool': 4,
  'legacy-serial-date': 5,
};

const STATUS_ORDER: Record<RankStatus, number> = {
  recommended: 0,
  possible: 1,
  unlikely: 2,
  unavailable: 3,
};

/** Families whose local GUI the 2017 guide documents security questions for ("NVR/DVR"). */
const QUESTION_FAMILIES: readonly DeviceFamily[] = ['NVR', 'XVR', 'DVR', 'HCVR'];

/** "Pre-2017 firmware" (reference summary item 11): builds before this date predate initialisation. */
const VERY_OLD_BEFORE = '2017-01-01';

type Block = 'unlikely' | 'unavailable';

/** Collects score changes and their explanations for one method. */
class Tally {
  score: number;
  block: Block | null = null;
  readonly reasons: string[] = [];

  constructor(base: number) {
    this.score = base;
  }

  add(delta: number, reason: string): void {
    this.score += delta;
    this.reasons.push(reason);
  }

  note(reason: string): void {
    this.reasons.push(reason);
  }

  unlikely(delta: number, reason: string): void {
    this.add(delta, reason);
    if (this.block !== 'unavailable') this.block = 'unlikely';
  }

  unavailable(reason: string): void {
    this.reasons.push(reason);
    this.block = 'unavailable';
  }
}

function isVeryOld(facts: DeviceFacts): boolean {
  const date = facts.firmwareDate;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && date < VERY_OLD_BEFORE;
}

function isLegacy(facts: DeviceFacts): boolean {
  return facts.legacyFirmware === true || isVeryOld(facts);
}

function legacyReason(facts: DeviceFacts): string {
  return facts.legacyFirmware === true
    ? 'Device runs legacy firmware'
    : `Firmware built ${facts.firmwareDate ?? '?'}, before the 2017 Device Initialization change`;
}

function assessQr(facts: DeviceFacts, s: Situation): Tally {
  const t = new Tally(BASE_SCORE['qr-dmss']);
  if (s.mailbox === 'yes') t.add(25, 'You can read the recovery mailbox, where the security code is sent');
  else if (s.mailbox === 'no')
    t.unlikely(-40, 'You have no access to the recovery mailbox, where the security code is sent');
  else if (s.mailbox === 'unsure')
    t.add(
      -10,
      'Unsure about the recovery mailbox: the QR screen shows the reserved address partially masked, check it',
    );
  else t.note('Recovery mailbox access not answered yet');

  if (facts.findContacts !== null) {
    const find = facts.findContacts.toUpperCase();
    if (find.includes('B')) t.add(10, `Device reports e-mail reset contact (Find: ${find})`);
    else t.unlikely(-40, `Device does not report e-mail as a reset contact (Find: ${find || 'empty'})`);
  } else {
    t.note('E-mail reset support not read from the device yet');
  }

  if (facts.qrVendor === 'B1' || facts.qrVendor === 'B2')
    t.add(
      -5,
      `QR vendor id ${describeQrVendor(facts.qrVendor)}: the app may not answer an OEM QR, the brand's support may be needed`,
    );
  else if (facts.qrVendor) t.note(`QR vendor id ${describeQrVendor(facts.qrVendor)}`);

  if (facts.brand === 'IMOU') t.note('IMOU / Lechange devices use the IMOU app instead of DMSS');
  if (isLegacy(facts)) t.unlikely(-30, `${legacyReason(facts)}: it likely predates the QR reset`);
  t.note('Fastest route: minutes when the code arrives');
  return t;
}

function assessQuestions(facts: DeviceFacts, s: Situation): Tally {
  const t = new Tally(BASE_SCORE['security-questions']);
  if (s.knowsAnswers === 'yes') t.add(25, 'You know the security-question answers');
  else if (s.knowsAnswers === 'no') t.unlikely(-40, 'You do not know the security-question answers');
  else if (s.knowsAnswers === 'unsure') t.add(-10, 'Unsure about the security-question answers');
  else t.note('Security-question answers not answered yet');

  if (facts.secretQuestions === true) t.add(10, 'Device reports security questions are set');
  else if (facts.secretQuestions === false) t.unavailable('Device reports no security questions are set');

  const family = facts.family;
  if (family === null)
    t.note('Device family unknown: security questions are a recorder (NVR/DVR) local-GUI feature');
  else if (QUESTION_FAMILIES.includes(family)) t.add(5, `${family} local GUI offers security questions`);
  else if (family === 'IPC') t.unlikely(-30, 'Cameras have no local GUI for security questions');
  else t.note(`${family}: security questions are documented for NVR/DVR local GUIs, check this model`);

  if (s.physicalAccess === 'no')
    t.unlikely(
      -30,
      "Security questions are answered on the recorder's local GUI and you have no physical access",
    );
  else if (s.physicalAccess === 'yes') t.add(5, "You can reach the recorder's local GUI");

  if (isLegacy(facts))
    t.unlikely(-30, `${legacyReason(facts)}: security questions came with the 2017 initialisation`);
  return t;
}

function assessButton(facts: DeviceFacts, s: Situation): Tally {
  const t = new Tally(BASE_SCORE['reset-button']);
  if (s.physicalAccess === 'yes') t.add(20, 'You have physical access to the recorder');
  else if (s.physicalAccess === 'no')
    t.unavailable('The reset button needs hands on the recorder and you have no physical access');
  else t.note('Physical access not answered yet');

  if (s.screwdriver === 'yes') t.add(15, 'You have a screwdriver to open the case');
  else if (s.screwdriver === 'no') t.unlikely(-30, 'No screwdriver: the cover has to come off');

  if (s.warrantyMatters === 'yes') t.add(-30, 'Warranty matters: opening the case may break warranty seals');
  else if (s.warrantyMatters === 'unsure')
    t.add(-10, 'Warranty status unsure: opening the case may break warranty seals');
  else if (s.warrantyMatters === 'no') t.add(5, 'Warranty is not a concern');

  if (facts.family === 'IPC') t.add(10, 'Most cameras have a recessed RESET button');
  else {
    const model = facts.model ? ` (${facts.model})` : '';
    t.add(-5, `Not all recorder models have a mainboard reset button: check the manual${model}`);
  }
  if (facts.brand === 'Amcrest') t.note('Amcrest 5000-series NVRs use their own button sequence');
  t.note('Erases the configuration: the device must be initialised again');
  return t;
}

function assessXml(facts: DeviceFacts, s: Situation): Tally {
  const t = new Tally(BASE_SCORE['xml-configtool']);
  if (s.pcOnLan === 'yes') t.add(15, "A PC on the recorder's LAN can run ConfigTool");
  else if (s.pcOnLan === 'no') t.unlikely(-30, "No PC on the recorder's LAN to run ConfigTool");
  else t.note('PC on the LAN not answered yet');

  if (facts.xmlReset === true) t.add(10, 'Device advertises XML reset (byPwdResetWay bit 2)');
  else if (facts.xmlReset === false)
    t.unavailable('Device does not advertise XML reset (byPwdResetWay bit 2)');
  else
    t.add(-5, 'XML reset support not read yet: ConfigTool shows whether "Reset Mode: XML File" is offered');

  if (isLegacy(facts)) t.add(-15, `${legacyReason(facts)}: XML reset may not be supported`);
  t.note('Slow: 24–48 h waiting for Dahua support');
  return t;
}

function assessLegacy(facts: DeviceFacts): Tally {
  const t = new Tally(BASE_SCORE['legacy-serial-date']);
  if (facts.legacyFirmware === true)
    t.add(40, 'Device runs legacy firmware: the serial + OSD date process applies');
  else if (isVeryOld(facts)) t.add(30, `${legacyReason(facts)}: the serial + OSD date process may apply`);
  else if (facts.legacyFirmware === false)
    t.unavailable('Not legacy firmware: the serial + OSD date process is for old recorders');
  else t.unlikely(0, 'Only for old recorders, and this one is not known to be old');

  if (facts.initialized === true && facts.legacyFirmware !== true)
    t.unlikely(-10, 'Device answers the 2017+ initialisation status, so its firmware is not legacy');
  if (isLegacy(facts))
    t.note(
      "Pre-2017 firmware shipped with documented default accounts: see the brand's default-credentials history",
    );
  t.note('Documented by Dahua USA in 2019; support may redirect to a newer route');
  return t;
}

function assessInit(facts: DeviceFacts): Tally {
  const t = new Tally(BASE_SCORE['device-init']);
  if (facts.initialized === true)
    t.unavailable('Device is already initialised: there is a password to recover');
  else if (isLegacy(facts)) t.unavailable(`${legacyReason(facts)}: it has no initialisation wizard`);
  else
    t.unlikely(
      0,
      'Initialisation state not read: use this only if the recorder shows the Device Initialization wizard instead of a login',
    );
  return t;
}

function finish(method: MethodId, t: Tally): Omit<RankedMethod, 'rank'> {
  const score = Math.max(0, Math.min(100, t.score));
  const status: RankStatus = t.block ?? (score >= RECOMMENDED_SCORE ? 'recommended' : 'possible');
  return { method, status, score: status === 'unavailable' ? 0 : score, reasons: t.reasons };
}

function uninitialised(): Omit<RankedMethod, 'rank'>[] {
  return METHOD_IDS.map((method) =>
    method === 'device-init'
      ? {
          method,
          status: 'recommended' as const,
          score: 100,
          reasons: [
            'Device reports factory state (DevInit Init = 1): there is no password to reset',
            'Run the Device Initialization wizard and set the admin password, e-mail and questions',
          ],
        }
      : {
          method,
          status: 'unavailable' as const,
          score: 0,
          reasons: ['Device is not initialised: there is nothing to reset yet, initialise it instead'],
        },
  );
}

export function rankMethods(device: DeviceFacts, situation: Situation): RankedMethod[] {
  const scored =
    device.initialized === false
      ? uninitialised()
      : [
          finish('qr-dmss', assessQr(device, situation)),
          finish('security-questions', assessQuestions(device, situation)),
          finish('reset-button', assessButton(device, situation)),
          finish('xml-configtool', assessXml(device, situation)),
          finish('legacy-serial-date', assessLegacy(device)),
          finish('device-init', assessInit(device)),
        ];
  return scored
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        b.score - a.score ||
        SPEED_ORDER[a.method] - SPEED_ORDER[b.method],
    )
    .map((m, i) => ({ ...m, rank: i + 1 }));
}
