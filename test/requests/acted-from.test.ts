/**
 * A request is acted on only from the conversations where
 * its cards live — its chat or thread, the tenant's escalation channel, the
 * requester's personal chat — and opened (read only) where its team's status
 * lists it. Anyone else in the tenant with its id changes and sees nothing.
 */
import assert from 'node:assert/strict';
import { type ActionContext, applyRequestAction } from '../../src/requests/apply-request-action';
import { createSupportRequest } from '../../src/requests/create-support-request';
import { inRequestChat, kim, lee, newRequest, openTestRequests, type TestRequests } from './request-fixtures';

const channelThread = '19:general@thread.tacv2;messageid=1700000000001';

describe('where a request may be acted on', () => {
  let db: TestRequests;
  before(async () => {
    db = await openTestRequests();
  });
  after(() => db.close());

  const ctx = (origin: Partial<ActionContext['origin']>, escalationChannel?: string): ActionContext => ({
    tenantId: 'tenant-a',
    origin: { ...inRequestChat.origin, ...origin },
    escalationChannelId: async () => escalationChannel,
    actor: lee,
    language: 'en',
    now: new Date('2026-03-16T03:00:00Z'),
  });

  async function created(conversationId = 'a:conv', conversationType = 'groupChat', teamId?: string) {
    const outcome = await createSupportRequest(
      db.repo,
      newRequest({
        conversation: {
          conversation: { id: conversationId, conversationType, tenantId: 'tenant-a' },
          serviceUrl: 'https://smba.example/',
        },
        ...(teamId ? { teamId } : {}),
      }),
    );
    return outcome.kind === 'created' ? outcome.request : assert.fail(outcome.kind);
  }

  const etag = async (id: string) => (await db.store.container('requests').item(id, 'tenant-a').read()).etag;

  it('refuses every verb from another chat of the tenant, shows nothing and changes nothing', async () => {
    const request = await created();
    const before = await etag(request.id);
    for (const data of [
      { verb: 'request.open', requestId: request.id },
      { verb: 'request.snooze', requestId: request.id, minutes: 30 },
      { verb: 'request.cancel', requestId: request.id },
      { verb: 'request.setNumber', requestId: request.id, number: 'x' },
    ]) {
      const outcome = await applyRequestAction(db.repo, ctx({ conversationId: 'a:another-chat' }), data);
      assert.ok(
        outcome.kind === 'elsewhere' || (outcome.kind === 'invalid' && outcome.card === undefined),
        `${data.verb}: ${outcome.kind}`,
      );
      assert.ok(!('card' in outcome) || outcome.card === undefined, 'no card of the request is shown');
    }
    assert.equal(await etag(request.id), before);
  });

  it("acts from its own chat, from the escalation channel and from the requester's personal chat", async () => {
    const request = await created();
    const snooze = { verb: 'request.snooze', requestId: request.id, minutes: 30 };
    assert.equal((await applyRequestAction(db.repo, ctx({}), snooze)).kind, 'updated');
    const inEscalation = ctx(
      { conversationId: '19:escalations@thread.tacv2;messageid=99', conversationType: 'channel' },
      '19:escalations@thread.tacv2',
    );
    assert.equal((await applyRequestAction(db.repo, inEscalation, { ...snooze, minutes: 60 })).kind, 'updated');
    const personal = ctx({ conversationId: 'a:kims-personal-chat', conversationType: 'personal', userId: kim.id });
    assert.equal(
      (await applyRequestAction(db.repo, personal, { verb: 'request.responded', requestId: request.id })).kind,
      'updated',
    );
    const someoneElsesPersonal = ctx({
      conversationId: 'a:lees-personal-chat',
      conversationType: 'personal',
      userId: lee.id,
    });
    assert.equal(
      (await applyRequestAction(db.repo, someoneElsesPersonal, { verb: 'request.resolved', requestId: request.id }))
        .kind,
      'elsewhere',
    );
  });

  it('in a team channel: acts from its own thread only; another thread of its team may open it but not change it', async () => {
    const request = await created(channelThread, 'channel', '19:team@thread.tacv2');
    const ownThread = ctx({
      conversationId: channelThread,
      conversationType: 'channel',
      teamId: '19:team@thread.tacv2',
    });
    assert.equal(
      (await applyRequestAction(db.repo, ownThread, { verb: 'request.snooze', requestId: request.id, minutes: 30 }))
        .kind,
      'updated',
    );
    const otherThread = ctx({
      conversationId: '19:general@thread.tacv2;messageid=1700000000999',
      conversationType: 'channel',
      teamId: '19:team@thread.tacv2',
    });
    assert.equal(
      (await applyRequestAction(db.repo, otherThread, { verb: 'request.open', requestId: request.id })).kind,
      'shown',
    );
    assert.equal(
      (await applyRequestAction(db.repo, otherThread, { verb: 'request.cancel', requestId: request.id })).kind,
      'elsewhere',
    );
    const otherTeam = ctx({
      conversationId: '19:other@thread.tacv2;messageid=5',
      conversationType: 'channel',
      teamId: '19:other-team@thread.tacv2',
    });
    assert.equal(
      (await applyRequestAction(db.repo, otherTeam, { verb: 'request.open', requestId: request.id })).kind,
      'elsewhere',
    );
  });
});
