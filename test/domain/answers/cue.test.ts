import assert from 'node:assert/strict';
import { cueMatches, parseCue, scoreCues } from '../../../src/domain/answers/cue';
import { normalizeText } from '../../../src/domain/answers/normalize-text';

const matches = (cue: string, text: string): boolean => cueMatches(parseCue(cue), normalizeText(text));

describe('cue patterns (answers)', () => {
  it('English alternatives match at a word start, so plurals and verb forms match', () => {
    assert.equal(matches('incident + remain', 'incidents remaining?'), true);
    assert.equal(matches('remain', 'the main remainder'), true);
    assert.equal(matches('main', 'remaining'), false);
  });

  it('a trailing $ makes an English alternative a whole word', () => {
    assert.equal(matches('a$', 'severity A'), true);
    assert.equal(matches('a$', 'azure'), false);
    assert.equal(matches('tam$', 'TAM한테 물어보래요'), true);
  });

  it('every term must occur, any one alternative per term suffices', () => {
    assert.equal(matches('phone|call$ + ticket', 'can I call to open a ticket'), true);
    assert.equal(matches('phone|call$ + ticket', 'can I call you'), false);
  });

  it('Korean alternatives ignore attached particles and spacing (파트너 센터에서 / 파트너센터)', () => {
    assert.equal(matches('파트너 센터 + 서비스 요청', '파트너센터에서 서비스요청을 만들려면'), true);
    assert.equal(matches('액세스 id', '액세스 ID가 이미 연결되어'), true);
  });

  it('scores the number of terms, or the explicit weight prefix', () => {
    const text = normalizeText('is there a hotline for severity a');
    assert.equal(scoreCues([parseCue('severity + a$')], text), 2);
    assert.equal(scoreCues([parseCue('3: hotline')], text), 3);
    assert.equal(scoreCues([parseCue('severity + a$'), parseCue('2: hotline'), parseCue('phone')], text), 4);
  });

  it('rejects an empty term', () => {
    assert.throws(() => parseCue('phone + | call'), /empty term/);
    assert.throws(() => parseCue('phone + '), /empty term/);
  });
});
