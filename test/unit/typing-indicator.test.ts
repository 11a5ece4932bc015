/**
 * The typing indicator's timing (src/server/typing-indicator.ts) on a fake
 * clock: "typing…" after the delay and then every period while the turn runs,
 * nothing once the turn has ended, however long afterwards. The end-to-end
 * test (test/e2e/typing-indicator.test.ts) shows it wired into the real bot.
 */
import assert from 'node:assert/strict';
import { type Activity, TestAdapter } from 'botbuilder';
import sinon from 'sinon';
import { typingIndicator } from '../../src/server/typing-indicator';
import { silentLog } from '../helpers/log-capture';

const delayMs = 500;
const periodMs = 2_500;

describe('typing indicator (fake clock)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => clock.restore());

  /** A turn that answers once `answer()` is called; `typing()` counts the typing activities sent so far. */
  function turn(fields: Partial<Activity> = {}) {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const adapter = new TestAdapter(async (context) => {
      await answered;
      await context.sendActivity('the answer');
    });
    adapter.use(typingIndicator(delayMs, periodMs, silentLog));
    const send = sinon.stub(adapter, 'sendActivities').callThrough();
    const done = adapter.processActivity({ type: 'message', text: 'help', ...fields });
    const sent = (type: string) =>
      send.getCalls().flatMap((call) => call.args[1].filter((activity) => activity.type === type)).length;
    return { send, done, answer, typing: () => sent('typing'), messages: () => sent('message') };
  }

  it('sends none for a turn quicker than the delay', async () => {
    const quick = turn();
    await clock.tickAsync(delayMs - 1);
    quick.answer();
    await quick.done;
    await clock.tickAsync(10 * periodMs);
    assert.equal(quick.typing(), 0);
    assert.equal(quick.messages(), 1);
  });

  it('sends typing after the delay and every period while the turn runs, then no stray sends after the turn', async () => {
    const slow = turn();
    await clock.tickAsync(delayMs);
    assert.equal(slow.typing(), 1, 'after the delay');
    await clock.tickAsync(2 * periodMs);
    assert.equal(slow.typing(), 3, 'then every period');
    slow.answer();
    await slow.done;
    assert.equal(clock.countTimers(), 0, 'its timer ends with the turn');
    await clock.tickAsync(10 * periodMs);
    assert.equal(slow.typing(), 3, 'no stray sends after the turn');
    assert.equal(slow.messages(), 1);
  });

  it('sends nothing more when a typing send still under way ends after the turn', async () => {
    const slow = turn();
    let sent!: () => void;
    slow.send.onFirstCall().returns(new Promise((resolve) => (sent = () => resolve([]))));
    await clock.tickAsync(delayMs);
    assert.equal(slow.typing(), 1, 'typing under way');
    slow.answer();
    await slow.done;
    sent();
    await clock.tickAsync(0);
    assert.equal(clock.countTimers(), 0, 'the late send schedules no more');
    await clock.tickAsync(10 * periodMs);
    assert.deepEqual(
      slow.send.getCalls().map((call) => call.args[1].map((activity) => activity.type)),
      [['typing'], ['message']],
    );
  });

  it('sends none for an expectReplies turn, whose replies all arrive in the HTTP response', async () => {
    const slow = turn({ deliveryMode: 'expectReplies' });
    await clock.tickAsync(2 * periodMs);
    slow.answer();
    await slow.done;
    assert.equal(slow.typing(), 0);
  });
});
