/**
 * The foundation through the real HTTP endpoint: health, help in both
 * languages, state persisted in Cosmos, readiness (authentication: authentication.test.ts).
 */
import assert from 'node:assert/strict';
import { stateDocumentId } from '../../src/store/state-repository';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { answerClick } from '../helpers/triage-driver';

describe('foundation (HTTP endpoint, embedded Cosmos)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  it('GET /healthz answers 200', async () => {
    const response = await bot.get('/healthz');
    assert.equal(response.status, 200);
  });

  it('serves the privacy and terms pages the Teams app manifest links to, in English and Korean', async () => {
    for (const path of ['/privacy', '/terms']) {
      const response = await bot.get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      const html = await response.text();
      assert.match(html, /Escalation Advisor/);
      assert.match(html, /에스컬레이션 도우미/);
    }
  });

  it('answers "help" with the English help card in the HTTP response', async () => {
    const reply = await bot.say(newUser(), 'help');
    assert.equal(reply.status, 200);
    assert.equal(reply.cards.length, 1);
    const text = cardText(reply.cards[0]);
    assert.match(text, /What I can do/);
    assert.match(text, /status/);
  });

  it('answers "도움말" with the Korean help card', async () => {
    const reply = await bot.say(newUser({ locale: 'ko-KR' }), '도움말');
    const text = cardText(reply.cards[0]);
    assert.match(text, /제가 할 수 있는 일/);
    assert.match(text, /프로필/);
  });

  it('takes the language from activity.locale (ko-KR → Korean) even for an English command word', async () => {
    const reply = await bot.say(newUser({ locale: 'ko-KR' }), 'help');
    assert.match(cardText(reply.cards[0]), /제가 할 수 있는 일/);
  });

  it('strips the @mention in a channel before reading the command', async () => {
    const user = newUser({ conversationType: 'channel', conversationId: '19:abc@thread.tacv2;messageid=1' });
    const reply = await bot.post(
      activityFrom(user, {
        type: 'message',
        text: '<at>Escalation Advisor</at> help',
        entities: [
          {
            type: 'mention',
            text: '<at>Escalation Advisor</at>',
            mentioned: { id: '28:escalation-advisor', name: 'Escalation Advisor' },
          },
        ],
      }),
    );
    assert.match(cardText(reply.cards[0]), /What I can do/);
  });

  it('keeps conversation state in Cosmos: a value written in one turn is read back in the next, and expires after 90 idle days', async () => {
    const user = newUser();
    const first = await bot.say(user, 'new');
    const second = await bot.click(user, answerClick(first.cards[0]!, 'product', 'azure'));
    assert.doesNotMatch(cardText(second.cards[0]), /Which product/, 'the second turn read the stored dialog');

    // The dialog lives in the user's private conversation state, so group members do not collide.
    const key = `msteams/${user.tenantId}/conversations/${user.conversationId}/users/${user.userId}/`;
    const id = stateDocumentId(key);
    type Stored = {
      key: string;
      ttl?: number;
      state: { dialogState?: { dialogStack: { state: { facts: { product?: string } } }[] } };
    };
    const { resource } = await bot.app.store.container('state').item(id, id).read<Stored>();
    assert.equal(resource?.key, key);
    assert.equal(resource?.ttl, 90 * 86_400);
    assert.equal(resource?.state.dialogState?.dialogStack[0]?.state.facts.product, 'azure');
  });

  it('keeps the language preference per user: "language ko" switches every later reply', async () => {
    const user = newUser();
    const first = await bot.say(user, 'language ko');
    assert.match(first.activities[0]!.text!, /한국어로 답변/);
    const second = await bot.say({ ...user, conversationId: 'a:elsewhere' }, 'help');
    assert.match(cardText(second.cards[0]), /제가 할 수 있는 일/);
  });

  it('sends a welcome card when the bot is added to a personal chat, a group chat and a team', async () => {
    for (const conversationType of ['personal', 'groupChat', 'channel'] as const) {
      const user = newUser({ conversationType, locale: conversationType === 'groupChat' ? 'ko-KR' : 'en-US' });
      const reply = await bot.post(
        activityFrom(user, { type: 'conversationUpdate', membersAdded: [{ id: '28:escalation-advisor' }] }),
      );
      assert.equal(reply.cards.length, 1, conversationType);
      assert.match(
        cardText(reply.cards[0]),
        conversationType === 'groupChat' ? /에스컬레이션 도우미/ : /Escalation Advisor/,
      );
    }
  });

  it('does not welcome other members joining', async () => {
    const reply = await bot.post(
      activityFrom(newUser(), { type: 'conversationUpdate', membersAdded: [{ id: '29:someone' }] }),
    );
    assert.equal(reply.cards.length, 0);
  });

  it('GET /readyz is 200 with Cosmos up, 503 while it is stopped, and 200 when it is back', async () => {
    assert.equal((await bot.get('/readyz')).status, 200);
    await bot.app.store.embedded!.setReachable(false);
    try {
      assert.equal((await bot.get('/readyz')).status, 503);
    } finally {
      await bot.app.store.embedded!.setReachable(true);
    }
    assert.equal((await bot.get('/readyz')).status, 200);
  });

  it('tells the user to try again when Cosmos is down mid-conversation, and works again after', async () => {
    const user = newUser({ locale: 'ko-KR' });
    await bot.app.store.embedded!.setReachable(false);
    let reply;
    try {
      reply = await bot.say(user, '도움말');
    } finally {
      await bot.app.store.embedded!.setReachable(true);
    }
    assert.equal(reply.status, 200);
    assert.match(reply.text, /저장소에 연결할 수 없어/);
    const after = await bot.say(user, '도움말');
    assert.match(cardText(after.cards[0]), /제가 할 수 있는 일/);
  });
});
