/**
 * An expected problem with the user's input or command line. The program prints its message
 * (and, for `usage` errors, the usage) on stderr and exits with code 2, without a stack trace.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** Whether the command line itself is wrong, so that the usage should follow the message. */
  readonly usage: boolean;

  constructor(message: string, options: { readonly usage?: boolean } = {}) {
    super(message);
    this.usage = options.usage ?? false;
  }
}
