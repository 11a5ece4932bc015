import assert from 'node:assert/strict';
import { understandMessage } from '../../../src/domain/reader';
import { neededFacts } from '../../../src/domain/reader/needed-facts';

const facts = (text: string) => understandMessage(text).facts;

describe('the facts a problem needs (rulebook §2)', () => {
  it('rulebook §2: no tenant and an on-premises version only for an on-premises product', () => {
    assert.deepEqual(neededFacts({ product: 'onprem', tenant: 'customer', onpremVersion: 'older' }), {
      product: 'onprem',
      onpremVersion: 'older',
    });
    assert.deepEqual(neededFacts({ product: 'm365', tenant: 'customer', onpremVersion: 'current' }), {
      product: 'm365',
      tenant: 'customer',
    });
    assert.equal(facts("Windows Server at the customer's office blue-screens").tenant, undefined);
    assert.equal(facts('Exchange Online latest version of the add-in fails').onpremVersion, undefined);
  });

  it('rulebook §2: no impact or nature for a billing problem, even with "down" in it', () => {
    assert.deepEqual(neededFacts({ category: 'billing', impact: 'critical', nature: 'unavailable' }), {
      category: 'billing',
    });
    const read = facts('Can we get a refund for the month the customer was down?');
    assert.equal(read.category, 'billing');
    assert.equal(read.impact, undefined);
    assert.equal(read.nature, undefined);
  });

  it('rulebook §2: a symptom that makes the problem technical keeps the nature and impact it states', () => {
    // "직접 청구 파트너" (direct-bill partner) once read as billing and dropped "접속 불가" (unavailable).
    const text =
      '고객사 Azure SQL Database 운영 환경이 새벽부터 접속 불가 상태입니다. 서비스 상태에는 관련 인시던트가 없습니다. 저희는 직접 청구 파트너이고 저는 관리자 에이전트입니다.';
    assert.deepEqual(
      { category: facts(text).category, nature: facts(text).nature, impact: facts(text).impact },
      { category: 'technical', nature: 'unavailable', impact: 'critical' },
    );
  });
});
