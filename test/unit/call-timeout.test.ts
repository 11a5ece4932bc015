/** The timeout on each Cosmos DB call (src/store/call-timeout.ts), on a fake clock. */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { withCallTimeout } from '../../src/store/call-timeout';

describe('withCallTimeout', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => clock.restore());

  it('aborts a call that outlasts it with a TimeoutError, which the adapter reports as a storage fault', async () => {
    const hanging = ({ abortSignal }: { abortSignal: AbortSignal }) =>
      new Promise((_resolve, reject) => abortSignal.addEventListener('abort', () => reject(abortSignal.reason)));
    const call = withCallTimeout(hanging, 20);
    clock.tick(20);
    await assert.rejects(call, { name: 'TimeoutError', message: /within 20 ms/ });
  });

  it('returns the answer and never aborts a call that ended in time', async () => {
    let signal: AbortSignal | undefined;
    const answer = await withCallTimeout(async ({ abortSignal }) => {
      signal = abortSignal;
      return 'ok';
    }, 20);
    clock.tick(40);
    assert.equal(answer, 'ok');
    assert.equal(signal?.aborted, false);
    assert.equal(clock.countTimers(), 0, 'its timer is cleared');
  });

  it('passes a failure through unchanged', async () => {
    const failure = Object.assign(new Error('conflict'), { code: 412 });
    await assert.rejects(
      withCallTimeout(() => Promise.reject(failure), 20),
      (err) => err === failure,
    );
  });
});
