/** The shape every CLI command has; output goes through the passed-in writers so tests can capture it. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Current directory, for resolving file arguments. */
  cwd: string;
}

export interface CliCommand {
  usage: string;
  /** Resolves to the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A command as the help lists it; its module (and everything it imports) loads only when it runs. */
export interface CliCommandEntry {
  name: string;
  summary: string;
  load: () => Promise<CliCommand>;
}

/** Exit codes: 0 ok, 1 bad input (the file), 2 bad usage (the command line). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
