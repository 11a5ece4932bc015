/**
 * A click on a request's button from another conversation
 * (here the tenant's escalation channel) updates the request card in the
 * conversation where it was posted — `PUT /v3/conversations/<its chat>/…` —
 * not in the clicker's. A loopback stand-in of the Bot Connector records it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { botAndConnector } from '../helpers/bot-and-connector';
import { activityFrom, newUser } from '../helpers/bot-harness';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

describe('in-place updates go where the card lives', () => {
  const running = botAndConnector();

  it('a snooze clicked in the escalation channel updates the request card in its own chat', async () => {
    const tenantId = randomUUID();
    const agent = newUser({
      tenantId,
      serviceUrl: running.connector.serviceUrl,
      conversationType: 'groupChat',
      conversationId: `19:${randomUUID()}@thread.v2`,
    });
    const run = await playTriage(
      running.bot,
      agent,
      'Our customer production Azure VM is down for all users',
      severityA,
    );
    const filed = submitData(run.summary, (data) => data.verb === 'triage.filed')!;
    await running.bot.post(activityFrom(agent, { type: 'message', value: filed, deliveryMode: undefined }));
    const repo = running.bot.requests();
    const [request] = await repo.listActive({ tenantId, userId: agent.userId }, ['filed']);
    assert.ok(request?.cardActivityId, 'the posted card was recorded');

    const escalations = newUser({
      tenantId,
      userId: '29:lead',
      serviceUrl: running.connector.serviceUrl,
      conversationType: 'channel',
      conversationId: '19:escalations@thread.tacv2;messageid=1',
    });
    await running.bot.say(escalations, 'set escalation channel');
    const before = running.connector.updates.length;
    const reply = await running.bot.post(
      activityFrom(
        { ...escalations, conversationId: '19:escalations@thread.tacv2;messageid=reminder-copy' },
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          deliveryMode: undefined,
          replyToId: 'reminder-copy',
          value: {
            action: {
              type: 'Action.Execute',
              verb: 'request.snooze',
              data: { verb: 'request.snooze', requestId: request.id, minutes: 30 },
            },
            trigger: 'manual',
          },
        },
      ),
    );
    assert.equal((reply.body as { type?: string }).type, 'application/vnd.microsoft.card.adaptive');
    const updates = running.connector.updates.slice(before);
    assert.deepEqual(
      updates.map((update) => [update.conversationId, update.activityId]),
      [[agent.conversationId, request.cardActivityId]],
      'one update, in the chat where the request card was posted',
    );
  });
});
