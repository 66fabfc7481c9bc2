/** The command line's exit codes, as --help and the README list them. */
export const EXIT = {
  /** No errors found. */
  ok: 0,
  /** Errors found in the plan. */
  findings: 1,
  /** A file could not be read, or the options are wrong. */
  unreadable: 2,
  /** The output (a report file, or the standard output) could not be written; nothing partial is left. */
  output: 3,
  /** A defect of the program itself. */
  internal: 4,
} as const;
