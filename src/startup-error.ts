/**
 * A reason the bot cannot start that an administrator fixes outside the code
 * (a missing database, a missing package): src/index.ts prints its message as
 * one line, without a stack.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
