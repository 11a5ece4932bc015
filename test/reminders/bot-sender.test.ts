import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotSender } from '../../src/reminders/bot-sender';
import { DeliveryError, type ConversationReferenceRecord } from '../../src/reminders/proactive-sender';
import { ConnectorStandIn } from '../helpers/connector-stand-in';

describe('bot sender: CloudAdapter.continueConversationAsync against a Bot Connector stand-in', () => {
  let connector: ConnectorStandIn;
  let sender: BotSender;
  before(async () => {
    connector = await ConnectorStandIn.start();
    // Anonymous mode: no app id, no token; the reference's serviceUrl points at the stand-in.
    sender = new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), '');
  });
  afterEach(() => connector.answer(() => undefined));
  after(() => connector.stop());

  const reference = (conversationId: string): ConversationReferenceRecord => ({
    serviceUrl: connector.serviceUrl,
    channelId: 'msteams',
    bot: { id: '28:escalation-advisor', name: 'Escalation Advisor' },
    user: { id: '29:dana' },
    conversation: { id: conversationId, conversationType: 'channel', tenantId: 'tenant-1' },
  });
  const activity = { type: 'message' as const, text: 'reminder' };

  it('posts to /v3/conversations/<id>/activities, a channel thread id included, and returns the new activity id', async () => {
    const thread = '19:general@thread.tacv2;messageid=1700000000001';
    const { activityId } = await sender.send(reference(thread), activity);
    const post = connector.postsTo(thread).at(-1)!;
    assert.equal(post.replyToId, undefined);
    assert.equal(post.activityId, activityId);
    assert.equal(post.activity.text, 'reminder');
    assert.deepEqual(post.activity.from, { id: '28:escalation-advisor', name: 'Escalation Advisor' });
    assert.equal((post.activity.conversation as { tenantId?: string }).tenantId, 'tenant-1');
  });

  it('with a reply-to id, posts to /activities/<replyToId>', async () => {
    await sender.send(reference('a:chat-1'), activity, { replyToId: 'card-42' });
    assert.equal(connector.postsTo('a:chat-1').at(-1)!.replyToId, 'card-42');
  });

  it('R27: a 429 reaches the caller once (the SDK retries are off) with its Retry-After', async () => {
    const before = connector.requests;
    connector.answer(() => ({ status: 429, retryAfterSeconds: 3 }));
    const err = await sender.send(reference('a:chat-2'), activity).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof DeliveryError);
    assert.equal(err.status, 429);
    assert.equal(err.retryAfterMs, 3000);
    assert.equal(connector.requests - before, 1, 'exactly one HTTP request: the scheduler owns the retries');
  });

  for (const [status, code] of [
    [403, 'ConversationBlockedByUser'],
    [404, 'ConversationNotFound'],
    [500, 'ServiceError'],
  ] as const) {
    it(`R27: ${status} ${code} becomes a DeliveryError with status and code`, async () => {
      connector.answer(() => ({ status, code }));
      await assert.rejects(sender.send(reference('a:chat-3'), activity), (err: unknown) => {
        assert.ok(err instanceof DeliveryError);
        assert.equal(err.status, status);
        assert.equal(err.code, code);
        return true;
      });
    });
  }

  it("never lets a failure reach the adapter's onTurnError (which would post an error message into the chat)", async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    let turnErrors = 0;
    adapter.onTurnError = async () => {
      turnErrors++;
    };
    connector.answer(() => ({ status: 503 }));
    await assert.rejects(new BotSender(adapter, '').send(reference('a:chat-4'), activity), DeliveryError);
    assert.equal(turnErrors, 0);
  });

  it('a middleware that refuses the proactive turn is reported, not mistaken for a send', async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    adapter.use({ onTurn: async () => undefined });
    await assert.rejects(new BotSender(adapter, '').send(reference('a:chat-5'), activity), (err: unknown) => {
      assert.ok(err instanceof DeliveryError);
      assert.equal(err.code, 'NotRun');
      return true;
    });
    assert.equal(connector.postsTo('a:chat-5').length, 0);
  });
});
