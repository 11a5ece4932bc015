/**
 * The notes that go with an answer, each tied to the rule it comes from.
 */
import type { MpnLevel } from '../facts';
import { links } from '../links';
import { supportPolicy } from '../policy';
import type { MessageKey } from '../texts/en';
import type { Caveat, Param, RuleId } from './types';

const caveat = (rule: RuleId, key: MessageKey, link?: string, params?: Record<string, Param>): Caveat => ({
  rule,
  key,
  ...(link === undefined ? {} : { link }),
  ...(params === undefined ? {} : { params }),
});

export const caveats = {
  /** R2: commercial support is free for every CSP partner; no service-health step first. */
  commercialIncluded: caveat('R2', 'caveat.commercial-included'),
  /** R4: a reminder to re-check service health can be set. */
  incidentReminder: caveat('R4', 'caveat.incident-reminder'),
  /** R7: deeper advisory help is a paid partner plan. */
  advisoryDeeperHelp: caveat('R7', 'caveat.advisory-deeper-help', links.partnerSupportPlans),
  /** R8: on-premises products never go through CSP service requests. */
  onpremNotCsp: caveat('R8', 'caveat.onprem-not-csp'),
  /** R12: the indirect provider files for an indirect reseller. */
  indirectProviderFiles: caveat('R12', 'caveat.indirect-provider-files'),
  /** R12: Azure requests by a reseller need access granted by the indirect provider. */
  resellerAzureAccess: caveat('R12', 'caveat.reseller-azure-access'),
  /** R12: a helpdesk agent can't create Azure requests, only set up a support group. */
  helpdeskSupportGroup: caveat('R12', 'caveat.helpdesk-support-group'),
  /** R12: no admin privileges for the customer: use the customer-domain route. */
  noAdminRelationship: caveat('R12', 'caveat.no-admin-relationship'),
  /** R12: the customer-domain route, for when the user has not said whether they hold admin privileges. */
  noAdminRelationshipRoute: caveat('R12', 'caveat.no-admin-relationship-route', undefined, {
    url: links.customerDomainPortal,
  }),
  /** R12: only admin agent, global admin, sales agent and helpdesk agent may escalate. */
  roleMayNotEscalate: caveat('R12', 'caveat.role-may-not-escalate'),
  /** R13: Dynamics 365 incidents for CSP customers need ASfP or higher. */
  dynamicsNeedsAsfp: caveat('R13', 'caveat.dynamics-needs-asfp', links.partnerSupportPlans),
  /** R13: licensing, billing, Finance & Operations questions go to Dynamics Support. */
  dynamicsSupportTopics: caveat('R13', 'caveat.dynamics-support-topics', links.dynamicsSupport),
  /** R14: only the current (N) and previous (N-1, mainstream) on-premises versions. */
  onpremOlderUnsupported: caveat('R14', 'caveat.onprem-older-unsupported', links.partnerSupportPlans),
  /** R14: remaining incidents are shown only in Support for Business. */
  incidentsRemaining: caveat('R14', 'caveat.incidents-remaining', links.supportForBusiness),
  /** R15: benefits must be activated by a Global Admin or MPN Partner Admin. */
  activateFirst: caveat('R15', 'caveat.activate-first', links.userManagement),
  /** R15: the admin, helpdesk and sales agent roles cannot activate. */
  roleCannotActivate: caveat('R15', 'caveat.role-cannot-activate', links.userManagement),
  /** R15: a member who sees "no benefits yet" is signed in with the wrong account. */
  memberWrongAccount: caveat('R15', 'caveat.member-wrong-account', links.technicalBenefits),
  /** R15: without an active membership offer there are no technical benefits to activate. */
  noMembershipNoBenefits: caveat('R15', 'caveat.no-membership-no-benefits'),
  /** R16: no technical entitlement is held for this case. */
  needsPaidPlan: caveat('R16', 'caveat.needs-paid-plan', links.partnerSupportPlans),
  /** R17: Action Pack has no Signature Cloud Support. */
  actionPackNoSignature: caveat('R17', 'caveat.action-pack-no-signature'),
  /** R18: the "Access ID is already associated" error is to be ignored. */
  accessIdAlreadyAssociated: caveat('R18', 'caveat.access-id-already-associated'),
  /** R19: the own tenant isn't covered by CSP support. */
  ownTenantNotCsp: caveat('R19', 'caveat.own-tenant-not-csp', links.azureSupportFaq),
  /** R19: a Gold or Silver partner's Signature Cloud Support contract ID is an entitlement for its own tenant. */
  ownTenantSignature: caveat('R19', 'caveat.own-tenant-signature', links.technicalBenefits),
  /** R19: Premier is an entitlement for the partner's own tenant. */
  ownTenantPremier: caveat('R19', 'caveat.own-tenant-premier'),
  /** R19: an Azure support plan is an entitlement for the partner's own Azure subscription. */
  ownTenantAzurePlan: caveat('R19', 'caveat.own-tenant-azure-plan'),
  /** R16/R17: Gold and Silver include Signature Cloud Support. */
  signatureIncluded: caveat('R17', 'caveat.signature-included', links.technicalBenefits),
  /** R20: signing in directly shows the partner's own context. */
  signInDirectlyOwnOnly: caveat('R20', 'caveat.sign-in-directly-own-only'),
  /** R21: the documents give response targets only for CSP support requests. */
  noDocumentedTarget: caveat('R21', 'caveat.no-documented-target'),
  /** R22: the targets hold for English; local language is served in business hours. */
  englishOnlyTargets: caveat('R22', 'caveat.english-only-targets'),
  /** R23: no phone support in this program. */
  noPhone: caveat('R23', 'caveat.no-phone'),
  /** R25: CSP partners get priority response to major issues. */
  priorityResponse: caveat('R25', 'caveat.priority-response'),
} as const;

/** R14/R17: Access ID and Contract ID are needed the first time for each account. */
export const accessIdFirstTime = (rule: 'R14' | 'R17'): Caveat =>
  caveat(rule, 'caveat.access-id-first-time', links.technicalBenefits);

/** R14: Microsoft Product Support incidents a year by MPN level. */
export function productSupportAllowance(level: Exclude<MpnLevel, 'none'>): Caveat {
  return caveat('R14', 'caveat.incidents-per-year', undefined, { count: supportPolicy.productSupportIncidents[level] });
}

/** R17: Signature Cloud Support: unlimited with a cloud competency, otherwise the policy's count by level. */
export function signatureAllowance(level: 'silver' | 'gold', cloudCompetency: boolean): Caveat {
  return cloudCompetency
    ? caveat('R17', 'caveat.incidents-unlimited')
    : caveat('R17', 'caveat.incidents-per-year', undefined, { count: supportPolicy.signatureIncidents[level] });
}
