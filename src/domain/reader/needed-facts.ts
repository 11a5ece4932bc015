/**
 * The facts a problem like this one needs (rulebook §2): whose tenant only for a
 * cloud product, the version only for an on-premises one, impact and nature only
 * for a technical problem. Applied once, to the finished reading (cues, models and
 * symptoms together), so a symptom that makes a problem technical keeps the nature
 * the message states.
 */
import type { Facts } from '../facts';
import { statedOnly } from './stated-only';

export function neededFacts(facts: Facts): Facts {
  const cloud = facts.product !== 'onprem';
  const technical = facts.category === undefined || facts.category === 'technical';
  return statedOnly<Facts>({
    ...facts,
    tenant: cloud ? facts.tenant : undefined,
    onpremVersion: cloud && facts.product !== undefined ? undefined : facts.onpremVersion,
    impact: technical ? facts.impact : undefined,
    nature: technical ? facts.nature : undefined,
  });
}
