/**
 * A Cosmos DB outage in the middle of a conversation: the user is
 * told to try again, /readyz is 503, nothing is half-written; after recovery
 * the triage goes on from the same question and due reminders are delivered.
 */
import assert from 'node:assert/strict';
import { TestBot, newUser } from '../helpers/bot-harness';
import { cardsIn } from '../helpers/card-check';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { answerClick, playTriage, questionKeyOf, severityA, submitData } from '../helpers/triage-driver';

describe('Cosmos DB outage mid-conversation', () => {
  let clock = new Date('2026-03-09T01:00:00Z');
  let bot: TestBot;
  let connector: ConnectorStandIn;
  before(async () => {
    bot = await TestBot.start({}, { now: () => clock });
    connector = await ConnectorStandIn.start(() => clock);
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  const outage = async <T>(during: () => Promise<T>): Promise<T> => {
    await bot.app.store.embedded!.setReachable(false);
    try {
      return await during();
    } finally {
      await bot.app.store.embedded!.setReachable(true);
    }
  };

  it('keeps the triage where it was: the answer given during the outage is not half-applied', async () => {
    const user = newUser();
    const first = await bot.say(user, 'new');
    const second = await bot.click(user, answerClick(first.cards[0]!, 'product', 'azure'));
    const pending = questionKeyOf(second.cards[0]!)!;
    const answer = submitData(second.cards[0]!, (d) => d.verb === 'triage.answer')!;

    const during = await outage(async () => {
      const reply = await bot.click(user, answer);
      assert.equal((await bot.get('/readyz')).status, 503);
      return reply;
    });
    assert.equal(during.status, 200);
    assert.match(during.text, /could not reach my storage.*try again/);
    assert.equal(during.cards.length, 0, 'no question card from a turn whose state could not be saved');

    assert.equal((await bot.get('/readyz')).status, 200);
    const retried = await bot.click(user, answer);
    assert.notEqual(questionKeyOf(retried.cards[0]!), pending, 'the retried answer moves the triage on');
    assert.notEqual(questionKeyOf(retried.cards[0]!), 'product', 'the earlier answer survived the outage');
  });

  it('misses no reminder: a tick during the outage fails quietly, the next one delivers', async () => {
    const user = newUser({ serviceUrl: connector.serviceUrl });
    const run = await playTriage(bot, user, 'new', { ...severityA, nature: 'bug' });
    await bot.click(
      user,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const start = connector.posts.length;

    clock = new Date(clock.getTime() + 90 * 60_000);
    await outage(() => bot.app.reminders.tick(clock).catch(() => undefined));
    assert.equal(connector.posts.length, start, 'nothing sent while Cosmos is down');

    await bot.app.reminders.tick(clock);
    assert.equal(cardsIn(connector.posts.slice(start).map((p) => p.activity)).length, 1, 'the due-soon reminder, once');
    const [request] = await bot.requests().listActive({ tenantId: user.tenantId, userId: user.userId }, ['filed']);
    assert.deepEqual(
      request!.reminders.sent.map((s) => s.kind),
      ['due-soon'],
    );
  });
});
