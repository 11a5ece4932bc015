/**
 * What a topic's answer means for this partner, from the profile facts their
 * question states ("We're Gold with Cloud Platform — how many Signature
 * incidents?"): the rulebook's own notes for that level, role or model
 * (R12–R17). Each topic names the profile facts its notes rest on, and only
 * those are shown as read; a fact the question leaves open gives no note, so
 * the general answer stands.
 */
import { caveats, productSupportAllowance, signatureAllowance } from '../assessment/caveats';
import type { Caveat } from '../assessment/types';
import type { Profile } from '../facts';
import type { TopicId } from './topic';

type ProfileKey = Exclude<keyof Profile, 'timeZone' | 'supportLanguage'>;

interface TopicNotes {
  readonly uses: readonly ProfileKey[];
  readonly notes: (profile: Profile) => readonly (Caveat | undefined)[];
}

/** R14: the year's Microsoft Product Support incidents for the stated level. */
const productSupport: TopicNotes = {
  uses: ['mpnLevel'],
  notes: ({ mpnLevel }) => [
    mpnLevel === undefined || mpnLevel === 'none' ? undefined : productSupportAllowance(mpnLevel),
  ],
};

const isMember = (level: Profile['mpnLevel']): level is 'silver' | 'gold' => level === 'silver' || level === 'gold';

const notesByTopic: Partial<Record<TopicId, TopicNotes>> = {
  // R17: the allowance needs both the level and whether the competency is a cloud one.
  'signature-cloud-support': {
    uses: ['mpnLevel', 'cloudCompetency'],
    notes: ({ mpnLevel, cloudCompetency }) => [
      mpnLevel === 'action-pack' ? caveats.actionPackNoSignature : undefined,
      isMember(mpnLevel) && cloudCompetency !== undefined ? signatureAllowance(mpnLevel, cloudCompetency) : undefined,
    ],
  },
  // R19: the entitlements the partner states for its own tenant; none of them at all needs a paid plan.
  'own-tenant-support': {
    uses: ['mpnLevel', 'paidPlans'],
    notes: ({ mpnLevel, paidPlans }) => [
      isMember(mpnLevel) ? caveats.ownTenantSignature : undefined,
      paidPlans?.includes('premier') === true ? caveats.ownTenantPremier : undefined,
      paidPlans?.includes('azure-plan') === true ? caveats.ownTenantAzurePlan : undefined,
      paidPlans?.length === 0 && (mpnLevel === 'none' || mpnLevel === 'action-pack')
        ? caveats.needsPaidPlan
        : undefined,
    ],
  },
  // R16/R17: Gold and Silver already hold Signature Cloud Support beside the paid plans; Action Pack does not.
  'support-plans': {
    uses: ['mpnLevel', 'cloudCompetency'],
    notes: ({ mpnLevel, cloudCompetency }) => [
      isMember(mpnLevel) ? caveats.signatureIncluded : undefined,
      isMember(mpnLevel) && cloudCompetency !== undefined ? signatureAllowance(mpnLevel, cloudCompetency) : undefined,
      mpnLevel === 'action-pack' ? caveats.actionPackNoSignature : undefined,
    ],
  },
  'onprem-product-support': productSupport,
  'incidents-remaining': productSupport,
  // R12: who files depends on the CSP model and the Partner Center role.
  'who-can-file': {
    uses: ['cspModel', 'role', 'azureAccessGranted'],
    notes: ({ cspModel, role, azureAccessGranted }) => [
      cspModel === 'indirect-reseller' ? caveats.indirectProviderFiles : undefined,
      cspModel === 'indirect-reseller' && azureAccessGranted === false ? caveats.resellerAzureAccess : undefined,
      role === 'helpdesk-agent' ? caveats.helpdeskSupportGroup : undefined,
      role === 'other' ? caveats.roleMayNotEscalate : undefined,
    ],
  },
  // R13: Dynamics 365 incidents for CSP customers need ASfP or higher.
  'dynamics-365-support': {
    uses: ['paidPlans'],
    notes: ({ paidPlans }) => [
      paidPlans !== undefined && !paidPlans.some((plan) => plan === 'advanced' || plan === 'premier')
        ? caveats.dynamicsNeedsAsfp
        : undefined,
    ],
  },
  // R15: benefits not yet activated are activated first, by a role the agent roles are not; the "no benefits yet"
  // message means the wrong account for a member and no membership offer otherwise.
  'activate-technical-benefits': {
    uses: ['benefitsActivated', 'role', 'mpnLevel'],
    notes: ({ benefitsActivated, role, mpnLevel }) => {
      const agentRole = role === 'admin-agent' || role === 'helpdesk-agent' || role === 'sales-agent';
      return [
        benefitsActivated === false && !agentRole ? caveats.activateFirst : undefined,
        benefitsActivated !== true && agentRole ? caveats.roleCannotActivate : undefined,
        mpnLevel === undefined
          ? undefined
          : mpnLevel === 'none'
            ? caveats.noMembershipNoBenefits
            : caveats.memberWrongAccount,
      ];
    },
  },
};

/** The profile facts a topic's notes rest on: the ones its answer shows as read. */
export function profileFactsUsed(topic: TopicId): readonly ProfileKey[] {
  return notesByTopic[topic]?.uses ?? [];
}

export function personalNotes(topic: TopicId, profile: Profile): Caveat[] {
  return (notesByTopic[topic]?.notes(profile) ?? []).filter((note): note is Caveat => note !== undefined);
}
