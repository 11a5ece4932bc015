/**
 * Issue 16 item 15: a click on a request's button from another conversation
 * (here the tenant's escalation channel) updates the request card in the
 * conversation where it was posted — `PUT /v3/conversations/<its chat>/…` —
 * not in the clicker's. A loopback stand-in of the Bot Connector records it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../src/log';
import { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

describe('in-place updates go where the card lives (issue 16, item 15)', () => {
  let bot: TestBot;
  let connector: ConnectorStandIn;
  before(async () => {
    bot = await TestBot.start();
    connector = await ConnectorStandIn.start();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('a snooze clicked in the escalation channel updates the request card in its own chat', async () => {
    const tenantId = randomUUID();
    const agent = newUser({ tenantId, serviceUrl: connector.serviceUrl, conversationType: 'groupChat', conversationId: `19:${randomUUID()}@thread.v2` });
    const run = await playTriage(bot, agent, 'Our customer production Azure VM is down for all users', severityA);
    const filed = submitData(run.summary, (data) => data.triage === 'filed')!;
    await bot.post(activityFrom(agent, { type: 'message', value: filed, deliveryMode: undefined }));
    const repo = new RequestsRepository(bot.app.store.container('requests'), createLogger('silent'));
    const [request] = await repo.listActive({ tenantId, userId: agent.userId }, ['filed']);
    assert.ok(request?.cardActivityId, 'the posted card was recorded');

    const escalations = newUser({ tenantId, userId: '29:lead', serviceUrl: connector.serviceUrl, conversationType: 'channel', conversationId: '19:escalations@thread.tacv2;messageid=1' });
    await bot.say(escalations, 'set escalation channel');
    const before = connector.updates.length;
    const reply = await bot.post(
      activityFrom(
        { ...escalations, conversationId: '19:escalations@thread.tacv2;messageid=reminder-copy' },
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          deliveryMode: undefined,
          replyToId: 'reminder-copy',
          value: { action: { type: 'Action.Execute', verb: 'request.snooze', data: { verb: 'request.snooze', requestId: request.id, minutes: 30 } }, trigger: 'manual' },
        },
      ),
    );
    assert.equal((reply.body as { type?: string }).type, 'application/vnd.microsoft.card.adaptive');
    const updates = connector.updates.slice(before);
    assert.deepEqual(
      updates.map((update) => [update.conversationId, update.activityId]),
      [[agent.conversationId, request.cardActivityId]],
      'one update, in the chat where the request card was posted',
    );
  });
});
