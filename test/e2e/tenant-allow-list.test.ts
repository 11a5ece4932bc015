/**
 * ALLOWED_TENANT_IDS: another tenant gets a polite refusal and nothing is stored.
 */
import assert from 'node:assert/strict';
import { TestBot, newUser } from '../helpers/bot-harness';

const allowedTenant = '0d9f8e7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c';

describe('tenant allow-list (ALLOWED_TENANT_IDS)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start({ ALLOWED_TENANT_IDS: allowedTenant });
  });
  after(() => bot.stop());

  it('serves an allowed tenant', async () => {
    const reply = await bot.say(newUser({ tenantId: allowedTenant }), 'help');
    assert.equal(reply.cards.length, 1);
  });

  it('refuses another tenant politely, in its language, and stores nothing', async () => {
    const stranger = newUser({ locale: 'ko-KR' });
    const reply = await bot.say(stranger, 'language en');
    assert.equal(reply.status, 200);
    assert.equal(reply.activities.length, 1);
    assert.match(reply.activities[0]!.text!, /조직에서 사용하도록 설정되어 있지 않습니다/);

    const { resources } = await bot.app.store
      .container('state')
      .items.query({
        query: 'SELECT c.id FROM c WHERE CONTAINS(c.key, @conversation)',
        parameters: [{ name: '@conversation', value: stranger.conversationId }],
      })
      .fetchAll();
    assert.deepEqual(resources, []);
  });
});
