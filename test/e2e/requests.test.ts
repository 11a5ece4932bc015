/**
 * Tracked requests through the HTTP endpoint: "I've filed it" on the
 * summary, every transition by Action.Execute invoke (and the Action.Submit
 * fallback) with its history entry, status lists, concurrent clicks, another
 * tenant, and bad action data. Documents are read back through the SDK.
 */
import assert from 'node:assert/strict';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import type { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { checkCard } from '../helpers/card-check';
import { cardText, openedRequests } from '../helpers/card-inspect';
import { playTriage, severityA, submitData, answerClick } from '../helpers/triage-driver';

const openButtons = (card: unknown) => openedRequests(card).length;

interface InvokeReply {
  status: number;
  statusCode?: number | undefined;
  type?: string | undefined;
  value?: unknown;
}

describe('tracked requests (HTTP endpoint, invoke activities, embedded Cosmos)', () => {
  let bot: TestBot;
  let repo: RequestsRepository;
  before(async () => {
    bot = await TestBot.start();
    repo = bot.requests();
  });
  after(() => bot.stop());

  async function stored(user: UserContext): Promise<SupportRequest[]> {
    return repo.listActive({ tenantId: user.tenantId, userId: user.userId }, [
      'draft',
      'filed',
      'responded',
      'resolved',
      'cancelled',
    ]);
  }

  async function fileOne(
    user: UserContext,
    srNumber = '',
  ): Promise<{ request: SupportRequest; card: Record<string, unknown> }> {
    const run = await playTriage(bot, user, 'Our customer production Azure VM is down for all users', severityA);
    const filed = submitData(run.summary, (d) => d.verb === 'triage.filed')!;
    const reply = await bot.click(user, { ...filed, srNumber });
    const [request] = await stored(user);
    assert.ok(request, 'a request was stored');
    return { request, card: reply.cards[0]! };
  }

  async function invoke(user: UserContext, data: unknown, replyToId?: string): Promise<InvokeReply> {
    const reply = await bot.post(
      activityFrom(user, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        ...(replyToId ? { replyToId } : {}),
        value: { action: { type: 'Action.Execute', verb: (data as { verb?: unknown }).verb, data }, trigger: 'manual' },
      }),
    );
    const body = reply.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
    if (body?.type === 'application/vnd.microsoft.card.adaptive') checkCard(body.value, 'invoke card');
    return { status: reply.status, statusCode: body?.statusCode, type: body?.type, value: body?.value };
  }

  const readBack = async (request: SupportRequest) => (await repo.get(request.tenantId, request.id))!.request;

  it('R21 R26 "I\'ve filed it" with a number creates a filed request with its deadline, and shows its card', async () => {
    const user = newUser();
    const { request, card } = await fileOne(user, '2411210010001234');
    assert.equal(request.status, 'filed');
    assert.equal(request.serviceRequestNumber, '2411210010001234');
    assert.equal(request.assessment.severity, 'A');
    assert.equal(
      Date.parse(request.deadline!) - Date.parse(request.filedAt!),
      2 * 3_600_000,
      'severity A in English: 2 wall-clock hours',
    );
    assert.ok(request.nextReminderAt, 'a reminder is scheduled');
    assert.deepEqual(
      request.history.map((h) => h.action),
      ['created', 'filed', 'number'],
    );
    assert.equal((request.conversation as { conversation?: { id?: string } }).conversation?.id, user.conversationId);
    const text = cardText(card);
    assert.match(text, /Filed/);
    assert.match(text, /2411210010001234/);
    assert.match(text, /Severity\nA \(/);
  });

  it('walks filed → responded → resolved by Action.Execute, each returning the updated card and adding history', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const responded = await invoke(user, { verb: 'request.responded', requestId: request.id });
    assert.equal(responded.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(responded.value), /Status\nMicrosoft responded/);
    const resolved = await invoke(user, { verb: 'request.resolved', requestId: request.id });
    assert.match(cardText(resolved.value), /Resolved/);
    const after = await readBack(request);
    assert.equal(after.status, 'resolved');
    assert.equal(after.nextReminderAt, null, 'no reminders once Microsoft responded');
    assert.deepEqual(
      after.history.slice(-2).map((h) => [h.action, h.from, h.to]),
      [
        ['responded', 'filed', 'responded'],
        ['resolved', 'responded', 'resolved'],
      ],
    );
    assert.equal(after.history.at(-1)!.by.id, user.userId);
  });

  it('raises severity, sets the number, snoozes and cancels, each recorded', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const run = await playTriage(bot, user, 'new', { ...severityA, impact: 'minimal' });
    await bot.click(
      user,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const [request] = await stored(user);
    assert.equal(request!.assessment.severity, 'C');

    const raised = await invoke(user, { verb: 'request.raiseSeverity', requestId: request!.id, severity: 'A' });
    assert.match(cardText(raised.value), /심각도\nA\(/);
    const numbered = await invoke(user, { verb: 'request.setNumber', requestId: request!.id, number: '1234567890' });
    assert.match(cardText(numbered.value), /1234567890/);
    const snoozed = await invoke(user, { verb: 'request.snooze', requestId: request!.id, minutes: 30 });
    assert.equal(snoozed.type, 'application/vnd.microsoft.card.adaptive');
    const cancelled = await invoke(user, { verb: 'request.cancel', requestId: request!.id });
    assert.equal(cancelled.type, 'application/vnd.microsoft.card.adaptive');

    const after = await readBack(request!);
    assert.equal(after.assessment.severity, 'A');
    assert.equal(after.serviceRequestNumber, '1234567890');
    assert.equal(after.status, 'cancelled');
    const actions = after.history.map((h) => h.action);
    for (const action of ['severity', 'number', 'snoozed', 'cancelled'])
      assert.ok(
        actions.some((a) => a.startsWith(action)),
        `${action} in ${actions.join(',')}`,
      );
  });

  it('works through the Action.Submit fallback too', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const reply = await bot.click(user, { verb: 'request.responded', requestId: request.id });
    assert.ok(reply.cards.some((card) => /Status\nMicrosoft responded/.test(cardText(card))));
    assert.equal((await readBack(request)).status, 'responded');
  });

  it("status lists the user's open requests in personal chat, and the team's in a channel, by deadline", async () => {
    const user = newUser();
    await fileOne(user);
    await fileOne(user);
    const personal = await bot.say(user, 'status');
    assert.equal(personal.cards.length, 1);
    assert.equal(openButtons(personal.cards[0]), 2, 'two rows, each with an open button');

    const team = { id: `19:team-${Date.now()}@thread.tacv2` };
    const member = newUser({
      conversationType: 'channel',
      conversationId: `${team.id};messageid=1`,
      tenantId: user.tenantId,
    });
    const inChannel = (u: UserContext, fields: Record<string, unknown>) =>
      activityFrom(u, { ...fields, channelData: { tenant: { id: u.tenantId }, team, channel: { id: team.id } } });
    await playTriageIn(member, inChannel);
    const colleague = { ...member, userId: '29:colleague', userName: 'Colleague' };
    const teamStatus = await bot.post(inChannel(colleague, { type: 'message', text: '상태' }));
    assert.equal(openButtons(teamStatus.cards[0]), 1, 'the team sees the one request filed in its channel');
  });

  /** Plays the standard severity-A triage with every activity sent as from a team channel, then files it. */
  async function playTriageIn(
    user: UserContext,
    wrap: (u: UserContext, f: Record<string, unknown>) => Record<string, unknown>,
  ) {
    let reply = await bot.post(wrap(user, { type: 'message', text: 'new' }));
    for (let i = 0; i < 15; i++) {
      const card = reply.cards.at(-1)!;
      const question = submitData(card, (d) => d.verb === 'triage.answer');
      if (question === undefined) break;
      const key = question.question as keyof typeof severityA;
      reply = await bot.post(wrap(user, { type: 'message', value: answerClick(card, key, severityA[key]) }));
    }
    return bot.post(
      wrap(user, { type: 'message', value: submitData(reply.cards.at(-1)!, (d) => d.verb === 'triage.filed') }),
    );
  }

  it('applies two concurrent actions on the same request without losing either', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const colleague = { ...user, userId: '29:colleague', userName: 'Colleague' };
    const [a, b] = await Promise.all([
      invoke(user, { verb: 'request.responded', requestId: request.id }),
      invoke(colleague, { verb: 'request.setNumber', requestId: request.id, number: '9876543210' }),
    ]);
    assert.equal(a.type, 'application/vnd.microsoft.card.adaptive');
    assert.equal(b.type, 'application/vnd.microsoft.card.adaptive');
    const after = await readBack(request);
    assert.equal(after.status, 'responded');
    assert.equal(after.serviceRequestNumber, '9876543210');
  });

  it('tells the second of two conflicting actions what happened and shows the fresh card', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const colleague = { ...user, userId: '29:colleague', userName: 'Colleague' };
    const replies = await Promise.all([
      invoke(user, { verb: 'request.resolved', requestId: request.id }),
      invoke(colleague, { verb: 'request.cancel', requestId: request.id }),
    ]);
    const after = await readBack(request);
    assert.ok(['resolved', 'cancelled'].includes(after.status));
    assert.equal(
      after.history.filter((h) => h.action === 'resolved' || h.action === 'cancelled').length,
      1,
      'exactly one applied',
    );
    assert.ok(
      replies.every((r) => r.type === 'application/vnd.microsoft.card.adaptive'),
      'both see a card',
    );
  });

  it('treats a request id from another tenant as not found, leaking nothing and changing nothing', async () => {
    const owner = newUser();
    const { request } = await fileOne(owner);
    const before = await bot.app.store.container('requests').item(request.id, request.tenantId).read();
    const stranger = newUser();
    const reply = await invoke(stranger, { verb: 'request.resolved', requestId: request.id });
    assert.equal(reply.type, 'application/vnd.microsoft.activity.message');
    assert.doesNotMatch(String(reply.value), new RegExp(request.title.slice(0, 10)));
    const after = await bot.app.store.container('requests').item(request.id, request.tenantId).read();
    assert.equal(after.etag, before.etag);
  });

  it('answers each kind of bad action data clearly and changes nothing stored', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const container = bot.app.store.container('requests');
    const etag = (await container.item(request.id, request.tenantId).read()).etag;
    const unknownVerb = await invoke(user, { verb: 'request.explode', requestId: request.id });
    assert.equal(unknownVerb.statusCode, 400, 'Universal Actions: the invoke response carries the error');
    assert.equal(unknownVerb.type, 'application/vnd.microsoft.error');
    assert.match(JSON.stringify(unknownVerb.value), /BadRequest.*unknown verb: request\.explode/);
    const bad: unknown[] = [
      { verb: 'request.resolved' },
      { verb: 'request.resolved', requestId: 42 },
      { verb: 'request.setNumber', requestId: request.id, number: '12ab<script>' },
      { verb: 'request.snooze', requestId: request.id, minutes: 'forever' },
      { verb: 'request.raiseSeverity', requestId: request.id, severity: 'Z' },
    ];
    for (const data of bad) {
      const reply = await invoke(user, data);
      assert.equal(reply.status, 200, JSON.stringify(data));
      const shown =
        reply.type === 'application/vnd.microsoft.card.adaptive' ? cardText(reply.value) : String(reply.value);
      assert.ok(shown.length > 0, `a message for ${JSON.stringify(data)}`);
    }
    assert.equal((await container.item(request.id, request.tenantId).read()).etag, etag);
  });

  it('20 parallel clicks per action on one card keep every change', async () => {
    const user = newUser();
    const { request } = await fileOne(user);
    const people = Array.from({ length: 20 }, (_, i) => ({
      ...user,
      userId: `29:clicker-${i}`,
      userName: `Clicker ${i}`,
    }));

    const snoozes = await Promise.all(
      people.map((person, i) =>
        invoke(person, { verb: 'request.snooze', requestId: request.id, minutes: i % 2 ? 30 : 60 }),
      ),
    );
    assert.ok(snoozes.every((reply) => reply.type === 'application/vnd.microsoft.card.adaptive'));
    const numbers = await Promise.all(
      people.map((person, i) =>
        invoke(person, {
          verb: 'request.setNumber',
          requestId: request.id,
          number: `24112100100${String(i).padStart(5, '0')}`,
        }),
      ),
    );
    assert.ok(
      numbers.every((reply) => !/at the same moment/.test(cardText(reply.value))),
      'no change was given up on',
    );
    const cancels = await Promise.all(
      people.map((person) => invoke(person, { verb: 'request.cancel', requestId: request.id })),
    );
    assert.ok(cancels.every((reply) => reply.type === 'application/vnd.microsoft.card.adaptive'));

    const after = await readBack(request);
    const count = (action: string) => after.history.filter((entry) => entry.action === action).length;
    assert.equal(count('snoozed'), 20, 'every snooze is recorded');
    assert.equal(count('number'), 20, 'every number change is recorded');
    assert.equal(count('cancelled'), 1, 'cancelled once; the other 19 were told it no longer applies');
    assert.equal(
      new Set(after.history.filter((entry) => entry.action === 'number').map((entry) => entry.by.id)).size,
      20,
    );
  });
});
