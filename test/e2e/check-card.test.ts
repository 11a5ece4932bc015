/**
 * Through the HTTP endpoint: a check is one card that each
 * answer redraws in place (Action.Execute invokes answered with the next
 * card, typed answers updating the same message through the connector),
 * stale buttons change nothing and say so, "I've filed it" files once and
 * turns the answer into "Tracked as request …", and every click goes
 * through one verb table (unknown verbs: 400).
 */
import assert from 'node:assert/strict';
import type { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { checkCard, cardsIn } from '../helpers/card-check';
import { cardText } from '../helpers/card-inspect';
import { ConnectorStandIn } from '../helpers/connector-stand-in';
import { answerClick, isSummary, questionKeyOf, severityA, submitData } from '../helpers/triage-driver';

interface InvokeReply {
  readonly statusCode: number | undefined;
  readonly type: string | undefined;
  readonly card: Record<string, unknown> | undefined;
  readonly value: unknown;
}

describe('one card per check (HTTP endpoint, connector stand-in)', () => {
  let bot: TestBot;
  let connector: ConnectorStandIn;
  let repo: RequestsRepository;
  before(async () => {
    connector = await ConnectorStandIn.start();
    bot = await TestBot.start();
    repo = bot.requests();
  });
  after(async () => {
    await bot.stop();
    await connector.stop();
  });

  const user = (overrides: Partial<UserContext> = {}) => newUser({ serviceUrl: connector.serviceUrl, ...overrides });

  /** A click on an Action.Execute button, as Teams sends it: an invoke whose response is the card that replaces the clicked one. */
  async function execute(
    who: UserContext,
    data: Record<string, unknown>,
    replyToId = 'check-card',
  ): Promise<InvokeReply> {
    const reply = await bot.post(
      activityFrom(who, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        deliveryMode: undefined,
        replyToId,
        value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
      }),
    );
    const body = reply.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
    const card =
      body?.type === 'application/vnd.microsoft.card.adaptive' ? (body.value as Record<string, unknown>) : undefined;
    if (card !== undefined) checkCard(card, 'invoke card');
    return { statusCode: body?.statusCode, type: body?.type, card, value: body?.value };
  }

  /** Starts a check with a typed message, then answers every question by clicking the card's own buttons (invokes). */
  async function playByClicks(
    who: UserContext,
    answers: Record<string, string>,
  ): Promise<{ first: Record<string, unknown>; cards: Record<string, unknown>[] }> {
    const start = await bot.say(who, 'new');
    const first = start.cards[0]!;
    const cards = [first];
    for (let card = first; !isSummary(card);) {
      const key = questionKeyOf(card)!;
      assert.ok(answers[key] !== undefined, `unexpected question ${key}`);
      const next = await execute(who, answerClick(card, key, answers[key]!));
      assert.ok(next.card, `the invoke response is the next card: ${JSON.stringify(next.value)}`);
      card = next.card;
      cards.push(card);
    }
    return { first, cards };
  }

  it('plays a whole check in one card: every click is answered with the next card, nothing new is posted', async () => {
    const who = user();
    const before = connector.postsTo(who.conversationId).length;
    const { cards } = await playByClicks(who, severityA);
    assert.ok(isSummary(cards.at(-1)!), 'the last card is the answer');
    assert.equal(
      connector.postsTo(who.conversationId).length,
      before,
      'no message was posted: the one card was redrawn',
    );
    assert.match(cardText(cards.at(-1)), /2 hours, around the clock — by/);
  });

  it('a stale button changes nothing and says the check has moved on, offering the current question', async () => {
    const who = user();
    const start = await bot.say(who, 'new');
    const first = start.cards[0]!;
    const second = await execute(who, answerClick(first, 'product', 'azure'));
    const currentKey = questionKeyOf(second.card!)!;

    const stale = await execute(who, answerClick(first, 'product', 'm365'));
    assert.match(cardText(stale.card), /moved on/);
    assert.equal(questionKeyOf(stale.card!), undefined, 'the stale card offers no answers');
    const show = submitData(stale.card!, (d) => d.verb === 'triage.show')!;
    const shown = await execute(who, show);
    assert.equal(questionKeyOf(shown.card!), currentKey, 'the current question, unchanged by the stale click');

    const next = await execute(
      who,
      answerClick(shown.card!, currentKey, (severityA as Record<string, string>)[currentKey]!),
    );
    assert.notEqual(questionKeyOf(next.card!), 'product', 'the product is still Azure');
  });

  it("a button on a finished check's card says the check has ended (personal chat), and the Action.Submit path says the same", async () => {
    const who = user();
    const start = await bot.say(who, 'new');
    await bot.say(who, 'cancel');
    const clicked = await execute(who, answerClick(start.cards[0]!, 'product', 'azure'));
    assert.match(cardText(clicked.card), /This check has ended/);
    const submitted = await bot.click(who, answerClick(start.cards[0]!, 'product', 'azure'));
    assert.match(cardText(submitted.cards[0]), /This check has ended/);
  });

  it("Action.Submit clients: an old card's click is refused the same way (expectReplies)", async () => {
    const who = newUser();
    const start = await bot.say(who, 'new');
    const second = await bot.click(who, answerClick(start.cards[0]!, 'product', 'azure'));
    const again = await bot.click(who, answerClick(start.cards[0]!, 'product', 'dynamics365'));
    assert.match(cardText(again.cards[0]), /moved on/);
    const current = await bot.click(
      who,
      submitData(again.cards[0]!, (d) => d.verb === 'triage.show')!,
    );
    assert.equal(questionKeyOf(current.cards[0]!), questionKeyOf(second.cards[0]!));
  });

  it('"Back" is not offered on the first question, and is on the second', async () => {
    const who = user();
    const start = await bot.say(who, 'new');
    assert.equal(
      submitData(start.cards[0]!, (d) => d.verb === 'triage.back'),
      undefined,
    );
    const second = await execute(who, answerClick(start.cards[0]!, 'product', 'azure'));
    assert.ok(submitData(second.card!, (d) => d.verb === 'triage.back'));
  });

  it('a typed answer redraws the same card in place (the connector sees an update, not a new card)', async () => {
    const who = newUser({ serviceUrl: connector.serviceUrl });
    await bot.post(activityFrom(who, { type: 'message', text: 'new', deliveryMode: undefined }));
    const [firstPost] = connector.postsTo(who.conversationId);
    assert.ok(firstPost, 'the first card was posted');
    await bot.post(activityFrom(who, { type: 'message', text: '1', deliveryMode: undefined }));
    assert.equal(connector.postsTo(who.conversationId).length, 1, 'no second card');
    const update = connector.updates.filter((u) => u.activityId === firstPost.activityId).at(-1);
    assert.ok(update, 'the first card was updated');
    assert.notEqual(questionKeyOf(cardsIn([update.activity])[0]!), 'product', 'it now asks the next question');
  });

  it('"I\'ve filed it" files once: the answer card becomes "Tracked as request … · Open it" with no filing button', async () => {
    const who = user();
    const { cards } = await playByClicks(who, severityA);
    const answer = cards.at(-1)!;
    const file = submitData(answer, (d) => d.verb === 'triage.filed')!;
    const tracked = await execute(who, { ...file, srNumber: '2411210010001234' });
    assert.match(cardText(tracked.card), /Tracked as request/);
    assert.match(cardText(tracked.card), /answer due .* UTC/);
    assert.equal(
      submitData(tracked.card!, (d) => d.verb === 'triage.filed'),
      undefined,
      'no second filing button',
    );
    assert.ok(
      submitData(tracked.card!, (d) => d.verb === 'request.open'),
      'it links to the request',
    );
    const posted = cardsIn(connector.postsTo(who.conversationId).map((p) => p.activity));
    assert.equal(posted.length, 1, 'the request card was posted once');

    const again = await execute(who, { ...file, srNumber: '2411210010001234' });
    assert.match(cardText(again.card), /Tracked as request/, 'a stale copy of the answer shows the tracked request');
    const stored = await repo.listActive({ tenantId: who.tenantId, userId: who.userId }, ['draft', 'filed']);
    assert.equal(stored.length, 1, 'still one request');
  });

  it("the welcome card's main path reads the problem in the user's own words", async () => {
    const who = newUser();
    const reply = await bot.click(who, {
      verb: 'check.start',
      text: "Our customer's production Azure VM is down for all users",
    });
    assert.match(cardText(reply.cards[0]), /I understood: Product \*\*Azure\*\*/);
    const buttonsOnly = await bot.click(who, { verb: 'check.start' });
    assert.equal(questionKeyOf(buttonsOnly.cards[0]!), 'product', 'the button path stays');
  });

  it('routes every verb through one table: an unknown verb or data that does not fit is a 400 error, and changes nothing', async () => {
    const who = user();
    const start = await bot.say(who, 'new');
    const unknown = await execute(who, { verb: 'triage.explode' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.type, 'application/vnd.microsoft.error');
    const misfit = await execute(who, { ...answerClick(start.cards[0]!, 'product', 'azure'), step: 'soon' });
    assert.equal(misfit.statusCode, 400);
    const still = await execute(who, answerClick(start.cards[0]!, 'product', 'azure'));
    assert.notEqual(questionKeyOf(still.card!), 'product', 'the check went on from where it was');
  });

  it('a card from before this version (no verb) says so and offers the way on: the current question, or a new check', async () => {
    const earlier = { triage: 'answer', key: 'product', value: 'azure' };
    const idle = await bot.click(newUser(), earlier);
    assert.match(cardText(idle.cards[0]), /earlier version/);
    assert.ok(
      submitData(idle.cards[0]!, (d) => d.verb === 'check.start'),
      'offers a new check',
    );

    const who = newUser({ locale: 'ko-KR' });
    await bot.say(who, '새로');
    const busy = await bot.click(who, earlier);
    assert.match(cardText(busy.cards[0]), /이전 버전/);
    const show = submitData(busy.cards[0]!, (d) => d.verb === 'triage.show');
    assert.ok(show, 'offers the current question');
    assert.equal(questionKeyOf((await bot.click(who, show)).cards[0]!), 'product', 'the check is where it was');
  });
});
