/**
 * Structured JSON logs (pino). Info level carries ids and outcomes only: never
 * secrets, never message text; bodies may appear at debug level.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'escalation-advisor' },
    redact: { paths: ['*.authorization', '*.key', '*.appPassword', '*.password'], censor: '[redacted]' },
  });
}
