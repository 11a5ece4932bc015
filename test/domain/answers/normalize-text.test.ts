import assert from 'node:assert/strict';
import { containsHangul, normalizeText } from '../../../src/domain/answers/normalize-text';

describe('normalizeText (answers)', () => {
  it('lower-cases, drops punctuation and pads words with spaces', () => {
    assert.equal(normalizeText('  Severity-A?  Really!! ').spaced, ' severity a really ');
  });

  it('keeps contractions and possessives as one word', () => {
    assert.equal(normalizeText("Customer’s VM can't start").spaced, ' customers vm cant start ');
  });

  it('splits Korean particles off English words, both ways', () => {
    assert.equal(normalizeText('TAM한테 VM이').spaced, ' tam 한테 vm 이 ');
    assert.equal(normalizeText('고객azure').spaced, ' 고객 azure ');
  });

  it('gives Korean spacing variants the same compact form', () => {
    assert.equal(normalizeText('지원 요청 관리').compact, normalizeText('지원요청관리').compact);
  });

  it('folds full-width characters (NFKC)', () => {
    assert.equal(normalizeText('ＡＺＵＲＥ').spaced, ' azure ');
  });

  it('detects Hangul', () => {
    assert.equal(containsHangul('Azure 포털'), true);
    assert.equal(containsHangul('Azure portal'), false);
  });
});
