/**
 * "I've filed it" tracks one finished check as at most one
 * request, whatever the clicks, retries and crashes. Through the HTTP
 * endpoint with the embedded Cosmos DB; counts are read back from the store.
 */
import assert from 'node:assert/strict';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import type { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

const alreadyTracked = /already tracked as a support request/;

describe('"I\'ve filed it" files one check once', () => {
  let bot: TestBot;
  let repo: RequestsRepository;
  before(async () => {
    bot = await TestBot.start();
    repo = bot.requests();
  });
  after(() => bot.stop());

  const stored = (user: UserContext): Promise<SupportRequest[]> =>
    repo.listActive({ tenantId: user.tenantId, userId: user.userId }, [
      'draft',
      'filed',
      'responded',
      'resolved',
      'cancelled',
    ]);

  async function finishedCheck(user: UserContext): Promise<Record<string, unknown>> {
    const run = await playTriage(bot, user, 'Our customer production Azure VM is down for all users', severityA);
    return submitData(run.summary, (d) => d.verb === 'triage.filed')!;
  }

  it('a second click says the check is already tracked, shows its request and files nothing new', async () => {
    const user = newUser();
    const filed = await finishedCheck(user);
    const first = await bot.click(user, filed);
    const second = await bot.click(user, { ...filed, srNumber: '2411210010001234' });
    const requests = await stored(user);
    assert.equal(requests.length, 1);
    assert.doesNotMatch(first.text, alreadyTracked);
    assert.match(second.text, alreadyTracked);
    assert.equal(second.cards.length, 1, 'the request card is shown');
    assert.match(cardText(second.cards[0]), /Filed: waiting for Microsoft/);
    assert.equal(requests[0]!.serviceRequestNumber, undefined, 'the second click changed nothing');
  });

  it('20 clicks at once track one request; 19 of them are told it is already tracked', async () => {
    const user = newUser();
    const filed = await finishedCheck(user);
    const replies = await Promise.all(Array.from({ length: 20 }, () => bot.click(user, filed)));
    assert.ok(replies.every((reply) => reply.status === 200));
    assert.equal((await stored(user)).length, 1);
    const told = replies.filter((reply) => alreadyTracked.test(reply.text));
    assert.equal(told.length, 19);
    assert.ok(
      replies.every((reply) => reply.cards.some((card) => /Filed: waiting for Microsoft/.test(cardText(card)))),
      'every click is shown the one request card',
    );
    assert.equal(
      replies.filter((reply) => reply.cards.length === 2).length,
      1,
      'only the click that filed also gets the answer card redrawn as "Tracked as request"',
    );
  });

  it("after a turn failed between storing the request and posting its card, Teams' retry files nothing new and posts the card", async () => {
    const connector = await ConnectorStandIn.start();
    try {
      const user = newUser();
      const filed = await finishedCheck(user);
      let refused = false;
      // The first post of the turn fails for good (403 is not retried by the connector client): the turn ends in an error.
      connector.answer(() => (refused ? undefined : ((refused = true), { status: 403 })));
      const click = activityFrom(
        { ...user, serviceUrl: connector.serviceUrl },
        { type: 'message', value: filed, deliveryMode: undefined },
      );
      await bot.post(click);
      assert.equal((await stored(user)).length, 1, 'the request was stored before the post failed');
      assert.equal((await stored(user))[0]!.cardActivityId, undefined);
      const before = connector.posts.length;
      await bot.post(click);
      const requests = await stored(user);
      assert.equal(requests.length, 1, 'the retry found the stored request');
      const cardPost = connector.posts.slice(before).find((post) => Array.isArray(post.activity.attachments));
      assert.ok(cardPost, 'the retry posted the request card');
      assert.equal(requests[0]!.cardActivityId, cardPost.activityId, 'and recorded it as the card to update in place');
    } finally {
      await connector.stop();
    }
  });

  it('a card of an earlier check that was filed shows its request instead of filing the newer check', async () => {
    const user = newUser();
    const older = await finishedCheck(user);
    await bot.click(user, older);
    await finishedCheck(user);
    const again = await bot.click(user, older);
    assert.match(again.text, alreadyTracked);
    assert.equal((await stored(user)).length, 1);
  });

  it('in a group chat, a click on another person\'s "I\'ve filed it" is refused politely and files neither check (item 9)', async () => {
    const chat = `19:${Date.now()}@thread.v2`;
    const dana = newUser({ conversationType: 'groupChat', conversationId: chat });
    const min = newUser({
      conversationType: 'groupChat',
      conversationId: chat,
      tenantId: dana.tenantId,
      userName: 'Min Park',
    });
    const danasCard = await finishedCheck(dana);
    await finishedCheck(min);
    const click = await bot.click(min, danasCard);
    assert.match(click.text, /belongs to a check someone else started/);
    assert.equal((await stored(min)).length, 0, "the clicker's own check was not filed");
    assert.equal((await stored(dana)).length, 0, "nor the owner's");
    await bot.click(dana, danasCard);
    assert.equal((await stored(dana)).length, 1, 'the owner can still file it');
  });

  it('a 5 KB display name in a group chat: every card of the check and the request stays under 28 KB (item 14)', async () => {
    const user = newUser({
      conversationType: 'groupChat',
      conversationId: `19:${Date.now()}-name@thread.v2`,
      userName: `${'[Admin](https://evil.example) '.repeat(170)}`,
    });
    const filed = await finishedCheck(user);
    const reply = await bot.click(user, filed);
    // The harness checks every card it receives: Adaptive Card 1.5 schema, parser, and 28 KB.
    assert.equal(reply.cards.length, 2, 'the request card, and the answer card now tracking it');
    assert.match(cardText(reply.cards[0]), /…/, 'the name is cut with an ellipsis');
    assert.equal((await stored(user))[0]!.requestedBy.name, user.userName, 'the stored name stays whole');
  });
});
