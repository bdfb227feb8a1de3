/**
 * The file against the case. A different serial means the technician exported the wrong
 * recorder: support would answer with a reset file for that one, and a day is lost. That is a
 * loud error. Softer disagreements (a second network port's MAC, an OEM model name) are warnings.
 */
import { formatMac } from '../identity/mac';
import { modelKey } from '../identity/model';
import { problem } from './problems';
import type { DeviceSelection } from './select';
import type { ExportInspection, ExportProblem } from './types';

export interface CaseContext {
  serial: string | null;
  mac: string | null;
  model: string | null;
}

function list(values: string[]): string {
  return values.length <= 3
    ? values.join(', ')
    : `${values.slice(0, 3).join(', ')} and ${values.length - 3} more`;
}

export function compareWithCase(
  selection: DeviceSelection,
  context: CaseContext,
): { matchesCase: ExportInspection['matchesCase']; problems: ExportProblem[] } {
  const problems: ExportProblem[] = [];
  const serialState =
    context.serial && selection.serials.length > 0
      ? selection.serials.includes(context.serial)
        ? 'match'
        : 'mismatch'
      : 'unknown';
  const macState =
    context.mac && selection.macs.length > 0
      ? selection.macs.includes(context.mac)
        ? 'match'
        : 'mismatch'
      : 'unknown';

  if (serialState === 'mismatch') {
    problems.push(
      problem(
        'serial-mismatch',
        `Wrong device: this file was exported from serial ${list(selection.serials)}, but this case is serial ${context.serial}. Support would send a reset file for the other recorder. In ConfigTool, select the device with serial ${context.serial} and export again.`,
      ),
    );
  } else if (macState === 'mismatch' && context.mac) {
    const fileMacs = list(selection.macs.map((m) => formatMac(m)));
    if (serialState === 'match') {
      problems.push(
        problem(
          'mac-differs',
          `The serial matches the case, but the file's MAC (${fileMacs}) differs from the case's (${formatMac(context.mac)}). Recorders with two network ports have two MACs, so this is usually fine.`,
        ),
      );
    } else {
      problems.push(
        problem(
          'mac-mismatch',
          `Wrong device: this file names MAC ${fileMacs}, but this case's device has MAC ${formatMac(context.mac)}. In ConfigTool, select the right device (compare the MAC column) and export again.`,
        ),
      );
    }
  }

  // The same "same model" as the merge of readings (shared/identity/model.ts), so the guide
  // never shows one model as agreeing in one place and differing in another.
  if (context.model && selection.model) {
    const a = modelKey(context.model);
    const b = modelKey(selection.model);
    if (a !== '' && b !== '' && a !== b) {
      problems.push(
        problem(
          'model-mismatch',
          `The file says model ${selection.model}, the case says ${context.model}. Rebranded recorders often report the Dahua model; if the serial is unknown, compare the label.`,
        ),
      );
    }
  }

  const matchesCase =
    serialState === 'mismatch' || (serialState !== 'match' && macState === 'mismatch')
      ? 'no'
      : serialState === 'match' || macState === 'match'
        ? 'yes'
        : 'unknown';
  return { matchesCase, problems };
}
