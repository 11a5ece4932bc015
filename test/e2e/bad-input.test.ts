/**
 * The bad-input corpus (issue 8) through /api/messages: every input gets a
 * clear 4xx or a friendly reply, the process stays up, and stored requests
 * are unchanged afterwards (read back through the SDK).
 */
import assert from 'node:assert/strict';
import { createLogger } from '../../src/log';
import { RequestsRepository } from '../../src/store/requests-repository';
import { TestBot, activityFrom, cardText, newUser, type UserContext } from '../helpers/bot-harness';
import { playTriage, submitData } from '../helpers/triage-driver';

const severityB = {
  cspModel: 'direct', role: 'admin-agent', adminRelationship: 'yes', product: 'azure', tenant: 'customer',
  category: 'technical', serviceHealth: 'not-listed', nature: 'bug', impact: 'moderate', language: 'en',
};

describe('bad input corpus (HTTP endpoint)', () => {
  let bot: TestBot;
  let owner: UserContext;
  let snapshot: () => Promise<string>;
  before(async () => {
    bot = await TestBot.start();
    owner = newUser();
    const run = await playTriage(bot, owner, 'new', severityB);
    await bot.click(owner, submitData(run.summary, (d) => d.verb === 'triage.filed')!);
    const repo = new RequestsRepository(bot.app.store.container('requests'), createLogger('silent'));
    snapshot = async () => {
      const requests = await repo.listActive({ tenantId: owner.tenantId, userId: owner.userId }, ['draft', 'filed', 'responded', 'resolved', 'cancelled']);
      assert.equal(requests.length, 1);
      return JSON.stringify(requests);
    };
  });
  after(() => bot.stop());

  const raw = (body: string, contentType = 'application/json') =>
    fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers malformed JSON, wrong content types, missing fields and huge bodies with a clear 4xx', async () => {
    const before = await snapshot();
    const cases: [string, () => Promise<Response>, number][] = [
      ['malformed JSON', () => raw('{"type": "message", '), 400],
      ['text/plain', () => raw('hello', 'text/plain'), 415],
      ['form-encoded', () => raw('type=message', 'application/x-www-form-urlencoded'), 415],
      ['a JSON array', () => raw('[1,2,3]'), 400],
      ['missing type', () => raw(JSON.stringify({ ...activityFrom(owner, { text: 'hi' }), type: undefined })), 400],
      ['missing conversation', () => raw(JSON.stringify({ ...activityFrom(owner, { type: 'message', text: 'hi' }), conversation: undefined })), 400],
      ['missing serviceUrl', () => raw(JSON.stringify({ ...activityFrom(owner, { type: 'message', text: 'hi' }), serviceUrl: undefined })), 400],
      ['a 1 MB body', () => raw(JSON.stringify(activityFrom(owner, { type: 'message', text: 'x'.repeat(1024 * 1024) }))), 413],
    ];
    for (const [name, send, status] of cases) {
      const response = await send();
      assert.equal(response.status, status, name);
      const body = await response.text();
      assert.ok(body.length > 0 && body.length < 2_000, `${name}: a short reason, got ${body.slice(0, 200)}`);
    }
    assert.equal((await bot.get('/healthz')).status, 200, 'still up');
    assert.equal(await snapshot(), before);
  });

  it('gives a friendly reply to long, strange or hostile text, shown literally', async () => {
    const before = await snapshot();
    const texts = [
      'A'.repeat(100 * 1024),
      '🚨🔥 고객사 VM 다운 😱 مرحبا بالعالم עברית',
      '\u202Eevil right-to-left override\u202C',
      '${$root.secret} ${json($root)} {{name}}',
      '**bold** <script>alert(1)</script> [click](javascript:alert(1))',
      '\u0000\u0001 control characters',
    ];
    for (const text of texts) {
      const reply = await bot.say(newUser({ tenantId: owner.tenantId }), text);
      assert.equal(reply.status, 200, text.slice(0, 40));
      assert.ok(reply.activities.length > 0, `a reply to ${text.slice(0, 40)}`);
    }
    assert.equal(await snapshot(), before);
  });

  it('shows a title with template expressions and markdown literally on the request card', async () => {
    const user = newUser();
    const title = 'Azure VM down ${$root.id} **now** <b>x</b> [x](http://evil.example)';
    const run = await playTriage(bot, user, title, severityB);
    const reply = await bot.click(user, submitData(run.summary, (d) => d.verb === 'triage.filed')!);
    const text = cardText(reply.cards[0]);
    assert.ok(text.includes('Azure VM down ${$root.id} \\*\\*now\\*\\* \\<b\\>x\\</b\\> \\[x\\](http://evil.example)'), text.split('\n')[1]);
  });

  it('answers unknown activity and invoke types without a 5xx', async () => {
    const before = await snapshot();
    const unknownActivity = await bot.post(activityFrom(owner, { type: 'somethingNew', deliveryMode: undefined }));
    assert.ok(unknownActivity.status < 500, `unknown activity: ${unknownActivity.status}`);
    const unknownInvoke = await bot.post(activityFrom(owner, { type: 'invoke', name: 'teams/notARealInvoke', deliveryMode: undefined, value: {} }));
    assert.ok(unknownInvoke.status >= 400 && unknownInvoke.status < 500, `unknown invoke: ${unknownInvoke.status}`);
    assert.equal(await snapshot(), before);
  });

  it('refuses forged card data with a clear message and changes nothing', async () => {
    const before = await snapshot();
    const [request] = JSON.parse(before) as { id: string }[];
    const forged: Record<string, unknown>[] = [
      { verb: 'triage.answer', check: 'x', step: 1, question: 'hack', value: 'x' },
      { verb: 'triage.answer', check: 'x', step: 1, question: 'impact', value: 'apocalyptic' },
      { verb: 'triage.filed', check: 'x', step: 1, srNumber: { $ne: 1 } },
      { verb: 'rm -rf /' },
      { cmd: 'new' },
      { verb: 'profile.save', cspModel: { $ne: 1 } },
      { verb: 'answer.feedback', feedback: 'yes', topic: '../../etc/passwd' },
      { verb: 'message.route', route: 'answer', text: 42 },
      { verb: 'request.resolved', requestId: '../../etc/passwd' },
      { verb: 'request.resolved', requestId: request!.id },
    ];
    const stranger = newUser();
    for (const value of forged) {
      const reply = await bot.click(stranger, value);
      assert.equal(reply.status, 200, JSON.stringify(value));
      assert.ok(reply.activities.length > 0, `a reply to ${JSON.stringify(value)}`);
    }
    assert.equal(await snapshot(), before, 'a request id from another tenant changed nothing');
  });
});
