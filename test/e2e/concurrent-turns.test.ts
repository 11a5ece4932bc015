/**
 * Turns of one user at the same moment both keep their
 * change. botbuilder saves state with eTag '*', so "language ko" and a
 * profile save sent together lost one of the two for half the users while
 * both replies said it worked. Through the HTTP endpoint; the state
 * documents are read back from Cosmos.
 */
import assert from 'node:assert/strict';
import type { TurnContext } from 'botbuilder';
import { mergeChanges } from '../../src/server/concurrent-bot-state';
import { userStateKey } from '../../src/server/state-keys';
import { StateRepository } from '../../src/store/state-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

const profileSave = { verb: 'profile.save', cspModel: 'direct', role: 'admin-agent', mpnLevel: 'gold' };

describe('concurrent turns of one user keep every change', () => {
  let bot: TestBot;
  let states: StateRepository;
  before(async () => {
    bot = await TestBot.start();
    states = new StateRepository(bot.app.store.container('state'), 86_400);
  });
  after(() => bot.stop());

  async function userState(user: UserContext): Promise<Record<string, unknown>> {
    const context = { activity: activityFrom(user, { type: 'message' }) } as unknown as TurnContext;
    return (await states.read(userStateKey(context))).state;
  }

  it('"language ko" and a profile save sent at the same moment: both stored, for each of 20 users', async () => {
    const users = Array.from({ length: 20 }, () => newUser());
    const replies = await Promise.all(
      users.flatMap((user) => [bot.say(user, 'language ko'), bot.click(user, profileSave)]),
    );
    assert.ok(replies.every((reply) => reply.status === 200));
    let lost = 0;
    for (const user of users) {
      const state = await userState(user);
      const language = (state.preferences as { language?: string } | undefined)?.language;
      const profile = state.profile as Record<string, unknown> | undefined;
      if (language !== 'ko' || profile?.cspModel !== 'direct' || profile.mpnLevel !== 'gold') lost++;
    }
    assert.equal(lost, 0, `users who lost a change: ${lost} of ${users.length}`);
  });

  it('ten turns of one user at once, switching the language and saving the profile, keep the last of each', async () => {
    const user = newUser();
    await Promise.all([
      ...Array.from({ length: 5 }, () => bot.say(user, 'language ko')),
      ...Array.from({ length: 5 }, () => bot.click(user, profileSave)),
    ]);
    const state = await userState(user);
    assert.deepEqual(state.preferences, { language: 'ko' });
    assert.equal((state.profile as Record<string, unknown>).role, 'admin-agent');
  });

  describe('mergeChanges', () => {
    it('keeps what each side changed, key by key', () => {
      const base = { preferences: {}, profile: { role: 'admin-agent' } };
      const ours = { preferences: { language: 'ko' }, profile: { role: 'admin-agent' } };
      const theirs = { preferences: {}, profile: { role: 'admin-agent', cspModel: 'direct' } };
      assert.deepEqual(mergeChanges(base, ours, theirs), {
        preferences: { language: 'ko' },
        profile: { role: 'admin-agent', cspModel: 'direct' },
      });
    });

    it('keeps a deletion by either side, and lets this turn win where both changed one value', () => {
      assert.deepEqual(mergeChanges({ a: 1, b: 2 }, { a: 1 }, { a: 3, b: 2 }), { a: 3 });
      assert.deepEqual(mergeChanges({ a: 1 }, { a: 2 }, { a: 3 }), { a: 2 });
      assert.deepEqual(mergeChanges({ list: [1] }, { list: [1, 2] }, { list: [1, 3] }), { list: [1, 2] });
    });

    it('merges into a document someone else created meanwhile', () => {
      assert.deepEqual(mergeChanges({}, { preferences: { language: 'ko' } }, { profile: { role: 'admin-agent' } }), {
        preferences: { language: 'ko' },
        profile: { role: 'admin-agent' },
      });
    });
  });
});

describe('state keys include the tenant', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  it("an activity from tenant B reusing tenant A's conversation and user ids reads none of A's state", async () => {
    const inA = newUser();
    const inB = { ...inA, tenantId: `${inA.tenantId}-b` };
    await bot.say(inA, 'language ko');
    const help = await bot.say(inB, 'help');
    assert.doesNotMatch(JSON.stringify(help.cards), /제가 할 수 있는 일/, "B is not answered in A's language");

    await bot.say(inB, 'language en');
    const run = await playTriage(bot, inA, 'Our customer production Azure VM is down for all users', severityA);
    const filed = submitData(run.summary, (data) => data.verb === 'triage.filed')!;
    const click = await bot.click(inB, filed);
    const inBTenant = await bot
      .requests()
      .listActive({ tenantId: inB.tenantId, userId: inB.userId }, ['draft', 'filed']);
    assert.deepEqual(inBTenant, [], "A's check was not filed into B");
    assert.match(click.text, /belongs to a check someone else started|check has ended/);
  });
});
