/**
 * The loggers of the tests: a silent one for tests that do not read the log,
 * one that keeps its lines in memory, and a watch on console.error /
 * console.warn, so tests can check what the bot says about bad input and that
 * nothing bypasses the structured log.
 */
import * as sinon from 'sinon';
import { createLogger, type Logger } from '../../src/log';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export const warnLevel = 40;

export const silentLog: Logger = createLogger('silent');

export function capturingLogger(level = 'info'): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const log = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { log, lines };
}

/** Replaces console.error and console.warn until `restore()`; `calls()` lists what was printed. */
export function watchConsole(): { calls(): string[]; restore(): void } {
  const error = sinon.stub(console, 'error');
  const warn = sinon.stub(console, 'warn');
  return {
    calls: () => [...error.getCalls(), ...warn.getCalls()].map((call) => call.args.map(String).join(' ')),
    restore: () => {
      error.restore();
      warn.restore();
    },
  };
}
