/**
 * The one string mechanism (src/domain/texts/define-texts.ts): a translator
 * fills a text's own parameters and the support policy's figures, and a
 * dictionary whose Korean half misses a key does not compile.
 */
import assert from 'node:assert/strict';
import { supportPolicy } from '../../../src/domain/policy';
import { defineTexts, fillText, localize } from '../../../src/domain/texts/define-texts';

describe('defineTexts: one typed way to write English and Korean strings', () => {
  const text = defineTexts({
    en: { due: 'Due {deadline}', target: 'Severity A: {hoursA} hours' },
    ko: { due: '{deadline}까지', target: '심각도 A: {hoursA}시간' },
  });

  it("fills the text's own parameters in the reader's language", () => {
    assert.equal(text('en', 'due', { deadline: 'Mon 10:00 KST' }), 'Due Mon 10:00 KST');
    assert.equal(text('ko', 'due', { deadline: '3월 16일 10:00 KST' }), '3월 16일 10:00 KST까지');
  });

  it("R21: fills the policy's figures without the caller passing them", () => {
    assert.equal(text('en', 'target'), `Severity A: ${supportPolicy.responseHours.A} hours`);
    assert.equal(localize({ en: 'Gold {signatureGold}', ko: '골드 {signatureGold}건' }, 'ko'), '골드 10건');
  });

  it('English plurals follow the number, so a figure changed to 1 still reads right', () => {
    const due = defineTexts({
      en: { due: '{n, plural, one {# hour} other {# hours}}, around the clock' },
      ko: { due: '24시간 기준 {n}시간' },
    });
    assert.equal(due('en', 'due', { n: 1 }), '1 hour, around the clock');
    assert.equal(due('en', 'due', { n: 4 }), '4 hours, around the clock');
    assert.equal(due('ko', 'due', { n: 1 }), '24시간 기준 1시간');
  });

  it("a text's own parameter wins over a policy figure of the same name, and an unknown one stays visible", () => {
    assert.equal(fillText('{hoursA} / {missing}', { hoursA: 'x' }), 'x / {missing}');
    assert.equal(fillText('{n, plural, one {# hour} other {# hours}}'), '{n} hours');
  });

  it('a Korean dictionary without every English key does not compile', () => {
    const incomplete = () =>
      defineTexts({
        en: { yes: 'Yes', no: 'No' },
        // @ts-expect-error: `no` is missing in Korean (tsc fails on an unused expectation if this compiles)
        ko: { yes: '예' },
      });
    assert.equal(typeof incomplete, 'function');
  });
});
