import assert from 'node:assert/strict';
import {
  containsHangul,
  firstHangulWord,
  normalise,
  wordForm,
  wordsOf,
} from '../../../src/domain/text-tools/normalise';

describe('the one normaliser', () => {
  it('rulebook §7: folds full-width letters, typographic quotes, dashes and white space, and keeps case', () => {
    assert.equal(normalise('  Ａｚｕｒｅ  can’t\n\tsign‐in  '), "Azure can't sign-in");
  });

  it('words: lower-case runs of letters and digits, a contraction is one word', () => {
    assert.deepEqual(wordsOf("Customer’s VM can't start — 지원 요청?"), [
      'customers',
      'vm',
      'cant',
      'start',
      '지원',
      '요청',
    ]);
  });

  it('word form: a whole message as a list compares it, without case or a closing full stop', () => {
    assert.equal(wordForm('  Set   Escalation channel. '), 'set escalation channel');
    assert.equal(wordForm('ＨＥＬＰ!'), 'help');
    assert.equal(wordForm('새 문의。'), '새 문의');
  });

  it('detects Hangul and finds the first Hangul word', () => {
    assert.equal(containsHangul('Azure 포털'), true);
    assert.equal(containsHangul('Azure portal'), false);
    assert.equal(firstHangulWord('Azure 포털에서'), '포털에서');
    assert.equal(firstHangulWord('Azure portal'), undefined);
  });
});
