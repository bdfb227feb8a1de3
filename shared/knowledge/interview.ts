/**
 * The short interview as data, so the side panel, the VS Code webview and the CLI ask the same
 * questions with the same wording, and the ranking's `Situation` keys stay the single contract.
 */
import type { Situation, SituationKey } from './facts';

export interface InterviewOption<V extends string = string> {
  value: V;
  label: string;
}

export interface InterviewQuestion<K extends SituationKey = SituationKey> {
  id: K;
  question: string;
  help?: string;
  options: InterviewOption<NonNullable<Situation[K]>>[];
  /** Ask only when an earlier answer makes the question relevant. */
  askWhen?: { id: SituationKey; is: string };
}

type AnyQuestion = { [K in SituationKey]: InterviewQuestion<K> }[SituationKey];

export const interviewQuestions: readonly AnyQuestion[] = [
  {
    id: 'mailbox',
    question: 'Can you read the recovery mailbox reserved on the recorder?',
    help: 'The QR screen shows it partially masked. The security code is e-mailed there.',
    options: [
      { value: 'yes', label: 'Yes, I can read it' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure which address it is' },
    ],
  },
  {
    id: 'knowsAnswers',
    question: 'Do you know the answers to the security questions?',
    help: 'Set during initialisation on recorders with firmware from 2017 on.',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Maybe (handover notes)' },
    ],
  },
  {
    id: 'physicalAccess',
    question: 'Can you get your hands on the recorder (monitor, mouse, power)?',
    options: [
      { value: 'yes', label: 'Yes, I am on site' },
      { value: 'no', label: 'No, remote only' },
    ],
  },
  {
    id: 'screwdriver',
    question: 'Do you have a screwdriver to open the case?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    askWhen: { id: 'physicalAccess', is: 'yes' },
  },
  {
    id: 'pcOnLan',
    question: "Is there a Windows PC on the recorder's network that can run ConfigTool?",
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  {
    id: 'warrantyMatters',
    question: 'Does the warranty matter (opening the case may break seals)?',
    options: [
      { value: 'yes', label: 'Yes, keep the seals intact' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
    askWhen: { id: 'physicalAccess', is: 'yes' },
  },
];

/** Questions still to ask, in order, honouring `askWhen`. */
export function pendingQuestions(situation: Situation): AnyQuestion[] {
  return interviewQuestions.filter(
    (q) => situation[q.id] === undefined && (!q.askWhen || situation[q.askWhen.id] === q.askWhen.is),
  );
}

/** The label of a given answer, for summaries. */
export function answerLabel(key: SituationKey, value: string | undefined): string | null {
  if (value === undefined) return null;
  const question = interviewQuestions.find((q) => q.id === key);
  const option = (question?.options as InterviewOption[] | undefined)?.find((o) => o.value === value);
  return option?.label ?? value;
}
