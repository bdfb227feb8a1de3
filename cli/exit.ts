/** The CLI's exit codes, the same for every command (scripts branch on them). */
export const EXIT = {
  ok: 0,
  /** The command ran but the input is not usable (e.g. an XML export that is not one). */
  rejected: 1,
  /** Wrong arguments. */
  usage: 2,
  /** A file could not be read, or the device did not answer. */
  unavailable: 3,
  /** A bug or an environment problem. */
  internal: 4,
} as const;
