import assert from 'node:assert/strict';
import { withKeyWordsRespelt } from '../../../src/domain/text-tools/typos';

describe('key words typed a letter wrong', () => {
  it('respells a key word one edit away: a letter dropped, added, changed or two swapped, keeping a capital', () => {
    assert.equal(
      withKeyWordsRespelt('custmer cant acess, servcie helth clean. Exchnage too, escalte? tennant'),
      'customer cant access, service health clean. Exchange too, escalate? tenant',
    );
  });

  it('leaves the key words, their inflections, other words and Korean as written', () => {
    const text = 'Service health is healthy; we escalated. He filed it, she called. 고객 서비스 상태 down 503s';
    assert.equal(withKeyWordsRespelt(text), text);
  });

  it('leaves a word that starts with another letter, or is near two key words, or is shorter than five letters', () => {
    assert.equal(
      withKeyWordsRespelt('wealth ustomer servics helt erro acces'),
      'wealth ustomer servics helt erro access',
    );
  });
});
