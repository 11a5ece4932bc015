/**
 * Structured JSON logs (pino). Info level carries ids and outcomes only: never
 * secrets, never message text, never a stack trace; bodies and stacks may
 * appear at debug level. Libraries that log requests (restify) log through
 * this logger, so a request is its method and URL, never its headers or body.
 */
import pino from 'pino';

export type Logger = pino.Logger;

/** An error's kind and message: its stack (and anything it carries) only at debug. */
function briefError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const { code, statusCode } = err as Error & { code?: unknown; statusCode?: unknown };
  return { type: err.name, message: err.message, code, statusCode };
}

const requestSerializers = {
  req: (req: { method?: string; url?: string } | undefined) => ({ method: req?.method, url: req?.url }),
  res: (res: { statusCode?: number } | undefined) => ({ statusCode: res?.statusCode }),
};

/** `destination` defaults to stdout; tests pass an in-memory stream. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const detailed = level === 'debug' || level === 'trace';
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'escalation-advisor' },
    serializers: { ...requestSerializers, err: detailed ? pino.stdSerializers.err : briefError },
    redact: { paths: ['*.authorization', '*.key', '*.appPassword', '*.password'], censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
