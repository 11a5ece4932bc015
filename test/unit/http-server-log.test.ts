/**
 * restify logs through the bot's logger: at its level, and a request as its
 * method and URL only. Provoked with a response restify cannot serialise (a
 * circular body), which restify logs with the whole request — headers and
 * body included, when it had its own logger.
 */
import assert from 'node:assert/strict';
import type { BotCloudAdapter } from '../../src/server/create-adapter';
import { createHttpServer } from '../../src/server/http-server';
import { activityFrom, newUser } from '../helpers/bot-harness';
import { capturingLogger, warnLevel, type LogLine } from '../helpers/log-capture';

/** Posts one message with a token to a server whose adapter answers a circular body; returns the status and the log. */
async function serveUnserialisable(level: string): Promise<{ status: number; lines: LogLine[] }> {
  const { log, lines } = capturingLogger(level);
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const adapter = { handle: async () => ({ status: 200, body: circular }) } as unknown as BotCloudAdapter;
  const server = createHttpServer({ adapter, logic: async () => {}, ready: async () => true, log });
  const url = await server.listen(0, '127.0.0.1');
  try {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-value' },
      body: JSON.stringify(activityFrom(newUser(), { type: 'message', text: 'the customer password is hunter2' })),
    });
    return { status: response.status, lines };
  } finally {
    await server.close(1_000);
  }
}

describe('the HTTP server logs through the bot logger', () => {
  it("writes restify's own warning as one line without headers, body or stack", async () => {
    const { status, lines } = await serveUnserialisable('info');
    assert.equal(status, 500);
    const restifyLines = lines.filter((line) => line.component === 'restify');
    assert.equal(restifyLines.length, 1, JSON.stringify(lines).slice(0, 500));
    assert.equal(restifyLines[0]!.level, warnLevel);
    assert.deepEqual(restifyLines[0]!.req, { method: 'POST', url: '/api/messages' });
    assert.doesNotMatch(JSON.stringify(lines), /secret-token-value|hunter2|\s+at .+:\d+:\d+/);
  });

  it('silences restify with the rest at LOG_LEVEL=error', async () => {
    const { lines } = await serveUnserialisable('error');
    assert.deepEqual(lines, []);
  });
});
