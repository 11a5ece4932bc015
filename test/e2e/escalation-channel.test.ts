/**
 * Who may change the tenant's escalation channel, and
 * that every change is recorded (who, when, the previous channel) and
 * announced in the previous channel. Through the HTTP endpoint; the
 * announcement is posted to a loopback stand-in of the Bot Connector.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { escalationChannelChanges, getEscalationChannel } from '../../src/reminders/escalation-channel';
import { botAndConnector } from '../helpers/bot-and-connector';
import { newUser } from '../helpers/bot-harness';

describe('changing the escalation channel', () => {
  const running = botAndConnector();

  it('only the person who set it, or someone in it, changes it; each change is recorded and announced in the previous channel', async () => {
    const tenantId = randomUUID();
    const inChannel = (channel: string, userId: string, userName: string) =>
      newUser({
        tenantId,
        userId,
        userName,
        serviceUrl: running.connector.serviceUrl,
        conversationType: 'channel',
        conversationId: `${channel};messageid=${randomUUID()}`,
      });
    const lead = inChannel('19:escalations@thread.tacv2', '29:lead', 'Lee Lead');
    const stranger = inChannel('19:random@thread.tacv2', '29:stranger', 'Sam Stranger');

    assert.match((await running.bot.say(lead, 'set escalation channel')).text, /also come to this channel/);
    const refused = await running.bot.say(stranger, 'set escalation channel');
    assert.match(refused.text, /already set, by Lee Lead/);
    assert.equal(
      (await getEscalationChannel(running.bot.requests(), tenantId))?.reference.conversation.id,
      '19:escalations@thread.tacv2',
    );
    assert.match(
      (await running.bot.say(stranger, 'clear escalation channel')).text,
      /already set/,
      'nor can they clear it from elsewhere',
    );

    const before = running.connector.posts.length;
    const moved = await running.bot.say(
      inChannel('19:ops@thread.tacv2', '29:lead', 'Lee Lead'),
      'set escalation channel',
    );
    assert.match(moved.text, /also come to this channel/);
    const announced = running.connector.posts.slice(before);
    assert.equal(announced.length, 1);
    assert.equal(announced[0]!.conversationId, '19:escalations@thread.tacv2', 'announced in the previous channel');
    assert.match(String(announced[0]!.activity.text), /Lee Lead moved this organisation's SLA reminders/);

    const member = inChannel('19:ops@thread.tacv2', '29:member', 'Mia Member');
    assert.match((await running.bot.say(member, 'clear escalation channel')).text, /no longer receives/);
    assert.match(
      (await running.bot.say(stranger, 'set escalation channel')).text,
      /also come to this channel/,
      'once cleared, anyone may set it',
    );

    const changes = await escalationChannelChanges(running.bot.requests(), tenantId);
    assert.deepEqual(
      changes.map((change) => [change.by?.id, change.previous, change.channel]),
      [
        ['29:lead', undefined, '19:escalations@thread.tacv2'],
        ['29:lead', '19:escalations@thread.tacv2', '19:ops@thread.tacv2'],
        ['29:member', '19:ops@thread.tacv2', undefined],
        ['29:stranger', undefined, '19:random@thread.tacv2'],
      ],
    );
    assert.ok(changes.every((change) => !Number.isNaN(Date.parse(change.at))));
  });
});
