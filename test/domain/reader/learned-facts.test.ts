import assert from 'node:assert/strict';
import { readText, suggestedFacts } from '../../../src/domain/reader';
import { withLearnedFacts } from '../../../src/domain/reader/learned-facts';

const cued = (text: string) => suggestedFacts(readText(text));
const read = (text: string) => withLearnedFacts(text, cued(text));

describe('facts the trained models check and complete', () => {
  it('fills a fact the cues left open when its model is sure', () => {
    const text = 'We changed the MFA policy yesterday and now the scanners cannot send mail';
    assert.equal(cued(text).product, undefined);
    assert.equal(read(text).product, 'm365');
  });

  it('withdraws a cue value its model finds unlikely: "marked down, but the site is still serving" is not unavailable', () => {
    const text =
      'Health probes on the customer load balancer keep flapping and some backends get marked down, but the site is still serving traffic';
    assert.equal(cued(text).nature, 'unavailable');
    assert.equal(read(text).nature, undefined);
  });

  it('R3: "nothing broken" or "health probes" say nothing of service health, so none is pre-filled', () => {
    for (const text of [
      'Customer is asking a config question about Intune enrolment profiles, nothing broken',
      'Health probes on the customer load balancer keep flapping and some backends get marked down, but the site is still serving traffic',
    ]) {
      assert.equal(read(text).serviceHealth, undefined, text);
    }
  });

  it('fills a fact when the cues guessed the same value too weakly to pre-fill it alone: two readers agree', () => {
    const text =
      'Customer disputes the October invoice: they say the seats were removed before the renewal but were still billed.';
    assert.equal(withLearnedFacts(text, {}).category, undefined, 'the model alone is not sure enough');
    assert.equal(withLearnedFacts(text, {}, { category: 'dispute' }).category, 'dispute');
    assert.equal(
      withLearnedFacts(text, {}, { category: 'billing' }).category,
      undefined,
      'the guesses differ: no fill',
    );
  });

  it('a short answer typed at a question is read by the cues alone: "프로덕션 서비스 중단" names no product', () => {
    assert.deepEqual(read('프로덕션 서비스 중단'), cued('프로덕션 서비스 중단'));
    assert.equal(read('프로덕션 서비스 중단').product, undefined);
  });
});
