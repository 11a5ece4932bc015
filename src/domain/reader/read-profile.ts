/**
 * Partner-profile facts stated in a message (issue 15): CSP model, Partner
 * Center role, MPN level and cloud competency, paid plans, activated
 * technical benefits, provider-granted Azure access, and the admin
 * relationship with this customer (a fact of the problem, R12).
 */
import type { Facts, Profile } from '../facts';

export type ProfileReading = Profile & Pick<Facts, 'adminRelationship'>;

export function readProfile(_text: string): ProfileReading {
  return {};
}
