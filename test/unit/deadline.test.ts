/** The deadline on Cosmos DB calls (src/store/deadline.ts). */
import assert from 'node:assert/strict';
import { withDeadline } from '../../src/store/deadline';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withDeadline', () => {
  it('aborts a call that outlasts it with a TimeoutError, which the adapter reports as a storage fault', async () => {
    const hanging = ({ abortSignal }: { abortSignal: AbortSignal }) =>
      new Promise((_resolve, reject) => abortSignal.addEventListener('abort', () => reject(abortSignal.reason)));
    await assert.rejects(withDeadline(hanging, 20), { name: 'TimeoutError', message: /within 20 ms/ });
  });

  it('returns the answer and never aborts a call that ended in time', async () => {
    let signal: AbortSignal | undefined;
    const answer = await withDeadline(async ({ abortSignal }) => {
      signal = abortSignal;
      return 'ok';
    }, 20);
    await sleep(40);
    assert.equal(answer, 'ok');
    assert.equal(signal?.aborted, false);
  });

  it('passes a failure through unchanged', async () => {
    const failure = Object.assign(new Error('conflict'), { code: 412 });
    await assert.rejects(
      withDeadline(() => Promise.reject(failure), 20),
      (err) => err === failure,
    );
  });
});
