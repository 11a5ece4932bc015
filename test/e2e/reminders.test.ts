/**
 * SLA reminders end to end (R21–R27): a request filed through the
 * bot's HTTP endpoint gets its reminder cards from the bot's own scheduler,
 * posted to a loopback stand-in of the Bot Connector on a test clock, on
 * time, with the right content, in the request's conversation; acting on a
 * reminder card updates it in place and stops the reminders.
 */
import assert from 'node:assert/strict';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import type { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { cardsIn, checkCard } from '../helpers/card-check';
import { cardText, executeActions } from '../helpers/card-inspect';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { playTriage, submitData } from '../helpers/triage-driver';

const answers = (impact: string, language: string) => ({
  cspModel: 'direct',
  role: 'admin-agent',
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact,
  language,
});

const minute = 60_000;

describe('SLA reminders through the bot (R21–R27)', () => {
  let clock = new Date('2026-03-09T01:00:00Z'); // Monday 10:00 in Seoul
  let bot: TestBot;
  let connector: ConnectorStandIn;
  let repo: RequestsRepository;
  before(async () => {
    bot = await TestBot.start({}, { now: () => clock });
    connector = await ConnectorStandIn.start(() => clock);
    repo = bot.requests();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  const advance = async (ms: number) => {
    clock = new Date(clock.getTime() + ms);
    await bot.app.reminders.tick(clock);
  };
  const reminderCards = (since: number) => cardsIn(connector.posts.slice(since).map((p) => p.activity));

  async function file(user: UserContext, impact: string, language: string): Promise<SupportRequest> {
    const run = await playTriage(bot, user, 'new', answers(impact, language));
    await bot.click(
      user,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const [request] = await repo.listActive({ tenantId: user.tenantId, userId: user.userId }, ['filed']);
    return request!;
  }

  it('R21 R26 English severity A in a channel: due soon at 90 min, breached at 2 h, in the request\'s thread; "Microsoft responded" on the reminder stops them', async () => {
    const user = newUser({
      serviceUrl: connector.serviceUrl,
      conversationType: 'channel',
      conversationId: '19:ops@thread.tacv2;messageid=1741482000000',
    });
    const request = await file(user, 'critical', 'en');
    const start = connector.posts.length;

    await advance(89 * minute);
    assert.equal(connector.posts.length, start, 'nothing before 75 % of the window');
    await advance(1 * minute);
    const [dueSoon] = reminderCards(start);
    assert.ok(dueSoon, 'the due-soon card arrived at 90 min');
    assert.equal(
      connector.posts.at(-1)!.conversationId,
      '19:ops@thread.tacv2;messageid=1741482000000',
      "in the request's thread",
    );
    assert.match(cardText(dueSoon), /30 min left/);
    assert.match(cardText(dueSoon), /Severity\nA \(/);

    await advance(30 * minute);
    const [, breached] = reminderCards(start);
    assert.ok(breached, 'the breach notice arrived at the deadline');
    assert.match(cardText(breached), /overdue|breached/i);

    const responded = executeActions(breached).find((a) => a.verb === 'request.responded')!;
    const reply = await bot.post(
      activityFrom(user, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        value: { action: { type: 'Action.Execute', verb: responded.verb, data: responded.data }, trigger: 'manual' },
      }),
    );
    const updated = (reply.body as { value: unknown }).value;
    checkCard(updated);
    assert.equal(executeActions(updated).length, 0, 'the reminder card shows the new state, without buttons');
    assert.equal((await repo.get(request.tenantId, request.id))!.request.status, 'responded');

    const before = connector.posts.length;
    await advance(5 * 60 * minute);
    assert.equal(connector.posts.length, before, 'no reminders once Microsoft responded');
  });

  it('R22 R24 Korean severity B runs on business hours: filed Friday 16:00 Seoul, due soon Monday 10:00, breached Monday 11:00', async () => {
    clock = new Date('2026-03-13T07:00:00Z'); // Friday 16:00 in Seoul
    const user = newUser({ serviceUrl: connector.serviceUrl, locale: 'ko-KR' });
    const request = await file(user, 'moderate', 'ko');
    assert.equal(request.deadline, '2026-03-16T02:00:00.000Z', 'Monday 11:00 Seoul: 2 h on Friday, 2 h on Monday');
    const start = connector.posts.length;

    await advance(2 * 60 * minute); // Friday 18:00: closing time
    await advance(2 * 24 * 60 * minute); // Sunday 18:00
    assert.equal(connector.posts.length, start, 'nothing over the weekend');
    await advance(16 * 60 * minute); // Monday 10:00: 3 of 4 business hours gone
    const [dueSoon] = reminderCards(start);
    assert.ok(dueSoon, 'due soon on Monday 10:00');
    assert.match(cardText(dueSoon), /1시간 남음/);
    assert.equal(connector.posts.at(-1)!.conversationId, user.conversationId);
    await advance(60 * minute);
    assert.equal(reminderCards(start).length, 2, 'breached on Monday 11:00');
  });

  /** A user writing in a team channel of the tenant, where "set escalation channel" works. */
  const teamChannel = (tenantId: string, conversationId: string) =>
    newUser({ tenantId, serviceUrl: connector.serviceUrl, conversationType: 'channel', conversationId });

  it('R26 "set escalation channel" in a team channel sends the tenant\'s reminders there too; elsewhere it says where to use it', async () => {
    clock = new Date('2026-03-09T01:00:00Z');
    const tenantId = '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const channel = teamChannel(tenantId, '19:escalations@thread.tacv2;messageid=1');
    const refused = await bot.say(newUser({ tenantId }), 'set escalation channel');
    assert.match(refused.activities[0]!.text!, /team channel/);
    const set = await bot.say(channel, 'set escalation channel');
    assert.match(set.activities[0]!.text!, /also come to this channel/);

    const agent = newUser({ tenantId, serviceUrl: connector.serviceUrl });
    await file(agent, 'critical', 'en');
    const start = connector.posts.length;
    await advance(90 * minute);
    const targets = connector.posts
      .slice(start)
      .map((p) => p.conversationId)
      .sort();
    assert.deepEqual(
      targets,
      ['19:escalations@thread.tacv2', agent.conversationId].sort(),
      'the thread and the escalation channel (as a new post)',
    );
    assert.match(
      cardText(reminderCards(start).find((_, i) => connector.posts[start + i]!.conversationId.startsWith('19:'))),
      /Dana Agent/,
    );
  });

  it('R27 a conversation that refuses the bot (403) marks the reminder undeliverable, stops, and status shows it', async () => {
    clock = new Date('2026-03-09T01:00:00Z');
    const user = newUser({ serviceUrl: connector.serviceUrl });
    const request = await file(user, 'critical', 'en');
    let attempts = 0;
    connector.answer((post) => {
      if (post.conversationId !== user.conversationId) return undefined;
      attempts++;
      return { status: 403, code: 'ConversationBlockedByUser' };
    });
    try {
      await advance(90 * minute);
      const stored = (await repo.get(request.tenantId, request.id))!.request;
      assert.ok(stored.reminders.undeliverable, 'marked undeliverable');
      assert.equal(stored.nextReminderAt, null, 'no further attempts');
      assert.equal(attempts, 1, 'a 403 is not retried');
      await advance(60 * minute);
      assert.equal(attempts, 1, 'never tried again');
    } finally {
      connector.answer(() => undefined);
    }
    const status = await bot.say(user, 'status');
    assert.match(cardText(status.cards[0]), /⚠ Reminders stopped on .*ConversationBlockedByUser/);
  });

  it('R27 an escalation channel that refuses the bot (404) is named on status, in the channel and in personal chat', async () => {
    clock = new Date('2026-03-09T01:00:00Z');
    const tenantId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
    const channel = teamChannel(tenantId, '19:gone@thread.tacv2;messageid=1');
    await bot.say(channel, 'set escalation channel');
    const agent = newUser({ tenantId, serviceUrl: connector.serviceUrl });
    const before = await bot.say(agent, 'status');
    assert.doesNotMatch(cardText(before.cards[0]), /escalation channel/i, 'nothing to say while it accepts posts');
    await file(agent, 'critical', 'en');
    connector.answer((post) =>
      post.conversationId.startsWith('19:gone@') ? { status: 404, code: 'ConversationNotFound' } : undefined,
    );
    try {
      await advance(90 * minute);
    } finally {
      connector.answer(() => undefined);
    }
    const stopped = /The escalation channel stopped accepting reminders on Mon 9 Mar, .*ConversationNotFound/;
    assert.match(cardText((await bot.say(agent, 'status')).cards[0]), stopped);
    assert.match(cardText((await bot.say(channel, 'status')).cards[0]), stopped);
  });

  it("a change made from the reminder card also updates the request's own card in place", async () => {
    clock = new Date('2026-03-09T01:00:00Z');
    const user = newUser({ serviceUrl: connector.serviceUrl });
    const run = await playTriage(bot, user, 'new', answers('critical', 'en'));
    // Clicked the way Teams sends it: the bot's reply goes through the connector, which names the message.
    await bot.post(
      activityFrom(user, {
        type: 'message',
        value: submitData(run.summary, (d) => d.verb === 'triage.filed'),
        deliveryMode: undefined,
      }),
    );
    const [request] = await repo.listActive({ tenantId: user.tenantId, userId: user.userId }, ['filed']);
    // The request card, then the answer card redrawn as "Tracked as request …".
    const cardMessage = connector.postsTo(user.conversationId).at(-2)!.activityId;
    assert.equal(request!.cardActivityId, cardMessage, 'the request remembers the message that shows it');

    const start = connector.posts.length;
    await advance(90 * minute);
    const reminder = connector.posts[start]!;
    const resolved = executeActions(cardsIn([reminder.activity])[0]).find((a) => a.verb === 'request.resolved')!;
    await bot.post(
      activityFrom(user, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        replyToId: reminder.activityId,
        value: { action: { type: 'Action.Execute', verb: resolved.verb, data: resolved.data }, trigger: 'manual' },
      }),
    );
    const update = connector.updates.find((u) => u.activityId === cardMessage);
    assert.ok(update, "the request card's message was updated");
    assert.match(cardText(cardsIn([update.activity])[0]), /Status\nResolved/);
  });
});
