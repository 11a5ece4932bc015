/**
 * The bad-input corpus through /api/messages: every input gets a
 * clear 4xx or a friendly reply, the process stays up, and stored requests
 * are unchanged afterwards (read back through the SDK).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { TestBot, activityFrom, newUser, type UserContext } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

const severityB = { ...severityA, nature: 'bug', impact: 'moderate' };

/** `size` bytes of zeros, gzipped without holding them all in memory (a decompression bomb). */
async function gzippedZeros(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const block = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += block.length) {
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

/** `json` with the string "NESTED" replaced by arrays nested `depth` deep (too deep for JSON.stringify). */
const withNesting = (json: string, depth: number) =>
  json.replace('"NESTED"', `${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('bad input corpus (HTTP endpoint)', () => {
  let bot: TestBot;
  let owner: UserContext;
  let snapshot: () => Promise<string>;
  before(async () => {
    bot = await TestBot.start({}, { bodyReadTimeoutMs: 500 });
    owner = newUser();
    const run = await playTriage(bot, owner, 'new', severityB);
    await bot.click(
      owner,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const repo = bot.requests();
    snapshot = async () => {
      const requests = await repo.listActive({ tenantId: owner.tenantId, userId: owner.userId }, [
        'draft',
        'filed',
        'responded',
        'resolved',
        'cancelled',
      ]);
      assert.equal(requests.length, 1);
      return JSON.stringify(requests);
    };
  });
  after(() => bot.stop());

  const raw = (body: string | Buffer, contentType = 'application/json', headers: Record<string, string> = {}) =>
    fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body,
    });
  const gzipped = (body: Buffer, encoding = 'gzip') => raw(body, 'application/json', { 'content-encoding': encoding });
  const message = (fields: Record<string, unknown> = {}) =>
    JSON.stringify(activityFrom(owner, { type: 'message', text: 'help', ...fields }));

  it('answers malformed JSON, wrong content types, missing fields and huge bodies with a clear 4xx', async () => {
    const before = await snapshot();
    const cases: [string, () => Promise<Response>, number][] = [
      ['malformed JSON', () => raw('{"type": "message", '), 400],
      ['text/plain', () => raw('hello', 'text/plain'), 415],
      ['form-encoded', () => raw('type=message', 'application/x-www-form-urlencoded'), 415],
      ['a JSON array', () => raw('[1,2,3]'), 400],
      ['missing type', () => raw(JSON.stringify({ ...activityFrom(owner, { text: 'hi' }), type: undefined })), 400],
      [
        'missing conversation',
        () => raw(JSON.stringify({ ...activityFrom(owner, { type: 'message', text: 'hi' }), conversation: undefined })),
        400,
      ],
      [
        'missing serviceUrl',
        () => raw(JSON.stringify({ ...activityFrom(owner, { type: 'message', text: 'hi' }), serviceUrl: undefined })),
        400,
      ],
      [
        'a 1 MB body',
        () => raw(JSON.stringify(activityFrom(owner, { type: 'message', text: 'x'.repeat(1024 * 1024) }))),
        413,
      ],
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

  it('reads a gzip body as Teams may send it, and a charset in the content type', async () => {
    const zipped = await gzipped(gzipSync(message()));
    assert.equal(zipped.status, 200);
    assert.match(JSON.stringify(await zipped.json()), /What I can do/);
    const withCharset = await raw(message(), 'application/json; charset=utf-8');
    assert.equal(withCharset.status, 200);
  });

  it('answers bad gzip, a decompression bomb, over-limit gzip and unknown encodings with a 4xx, and stays up', async () => {
    const before = await snapshot();
    const bomb = await gzippedZeros(100 * 1024 * 1024);
    assert.ok(bomb.length < 512 * 1024, `the bomb is under the limit compressed (${bomb.length} bytes)`);
    const cases: [string, () => Promise<Response>, number][] = [
      ['gzip declared, body not gzip', () => gzipped(Buffer.from('x')), 400],
      ['gzip declared, body cut short', () => gzipped(gzipSync(message()).subarray(0, 40)), 400],
      ['gzip of malformed JSON', () => gzipped(gzipSync('{"type": "message", ')), 400],
      ['a 100 MB decompression bomb', () => gzipped(bomb), 413],
      ['gzip of a 1 MB activity', () => gzipped(gzipSync(message({ text: 'x'.repeat(1024 * 1024) }))), 413],
      ['deflate', () => gzipped(gzipSync(message()), 'deflate'), 415],
      ['br', () => gzipped(gzipSync(message()), 'br'), 415],
      ['gzip twice', () => gzipped(gzipSync(gzipSync(message())), 'gzip, gzip'), 415],
    ];
    for (const [name, send, status] of cases) {
      const response = await send();
      assert.equal(response.status, status, name);
      const body = await response.text();
      assert.ok(body.length > 0 && body.length < 2_000, `${name}: a short reason, got ${body.slice(0, 200)}`);
      assert.equal((await bot.get('/healthz')).status, 200, `still up after ${name}`);
    }
    assert.equal(await snapshot(), before);
  });

  it('refuses a multipart upload with 415 and writes nothing to the temp folder', async () => {
    const uploads = mkdtempSync(join(tmpdir(), 'escalation-advisor-uploads-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = uploads;
    try {
      const form = new FormData();
      form.append('activity', message());
      form.append('file', new Blob([Buffer.alloc(200 * 1024, 'a')]), 'big.bin');
      const response = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', body: form });
      assert.equal(response.status, 415);
      assert.deepEqual(readdirSync(uploads), []);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(uploads, { recursive: true, force: true });
    }
  });

  it('times out a body that arrives too slowly (408) instead of waiting for it', async () => {
    const { port } = new URL(bot.app.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000' },
      });
      req.on('response', (res) => {
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"type":');
      // …and never the rest: the server must not wait for it.
    });
    assert.equal(status, 408);
    assert.equal((await bot.get('/healthz')).status, 200);
  });

  it('refuses JSON nested deeper than any activity needs with 400, and accepts ordinary nesting', async () => {
    const deep = await raw(withNesting(message({ value: 'NESTED' }), 100_000));
    assert.equal(deep.status, 400);
    const deepInConversation = await raw(
      withNesting(message({ conversation: { id: owner.conversationId, x: 'NESTED' } }), 5_000),
    );
    assert.equal(deepInConversation.status, 400);
    const ordinary = await raw(
      withNesting(message({ channelData: { tenant: { id: owner.tenantId }, a: 'NESTED' } }), 20),
    );
    assert.equal(ordinary.status, 200);
    assert.equal((await bot.get('/healthz')).status, 200);
  });

  it('gives a friendly reply to long text made of the words the reader looks for', async () => {
    const keywords =
      'Azure outage down urgent escalate sev A critical partner center billing refund license 장애 긴급 에스컬레이션 ';
    for (const text of [
      keywords.repeat(Math.floor(100_000 / keywords.length)),
      'not '.repeat(20_000),
      `${'(('.repeat(10_000)}azure`,
    ]) {
      const reply = await bot.say(newUser({ tenantId: owner.tenantId }), text);
      assert.equal(reply.status, 200, text.slice(0, 40));
      assert.ok(reply.activities.length > 0, `a reply to ${text.slice(0, 40)}`);
    }
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
    const reply = await bot.click(
      user,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const text = cardText(reply.cards[0]);
    assert.ok(
      text.includes('Azure VM down ${$root.id} \\*\\*now\\*\\* \\<b\\>x\\</b\\> \\[x\\](http://evil.example)'),
      text.split('\n')[1],
    );
  });

  it('answers unknown activity and invoke types without a 5xx', async () => {
    const before = await snapshot();
    const unknownActivity = await bot.post(activityFrom(owner, { type: 'somethingNew', deliveryMode: undefined }));
    assert.ok(unknownActivity.status < 500, `unknown activity: ${unknownActivity.status}`);
    const unknownInvoke = await bot.post(
      activityFrom(owner, { type: 'invoke', name: 'teams/notARealInvoke', deliveryMode: undefined, value: {} }),
    );
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
