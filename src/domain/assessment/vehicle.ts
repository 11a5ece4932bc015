/**
 * Which support vehicle applies and how to file there (rulebook §4, R9–R20).
 * An escalation can end as needs-paid-plan here when no entitlement covers
 * it: on-premises versions past N-1 (R14), Dynamics 365 without ASfP (R13),
 * the partner's own Azure without a plan (R19), nothing held outside CSP (R16).
 */
import type { Facts, MpnLevel, PaidPlan, Product, Profile } from '../facts';
import { accessIdFirstTime, caveats, productSupportAllowance, signatureAllowance } from './caveats';
import type { Route } from './decision';
import {
  activationSteps,
  azureRequestSteps,
  buyPlanSteps,
  commercialCategoryStep,
  dynamicsSupportSteps,
  indirectProviderSteps,
  noAdminRelationshipSteps,
  officeRequestSteps,
  ownTenantSteps,
  paidPlanSteps,
  partnerCenterSteps,
  productSupportSteps,
  signatureCustomerSteps,
  signatureOwnAzureSteps,
} from './filing-steps';
import { ask, merge, type Part } from './part';
import { askFact, askProfile } from './questions';
import type { Caveat, RuleId, Step } from './types';

export function chooseVehicle(route: Route, product: Product, facts: Facts, profile: Profile): Part {
  if (route === 'onprem') return onpremVehicle(facts, profile);
  if (facts.tenant === 'own') return ownTenantVehicle(route, product, profile);
  return route === 'commercial'
    ? commercialVehicle(product, facts, profile)
    : customerTechnicalVehicle(product, facts, profile);
}

/** R8 → R14: Microsoft Product Support covers recent on-premises versions only. */
function onpremVehicle(facts: Facts, profile: Profile): Part {
  // Product Support is break-fix troubleshooting; advisory help is a paid plan (R16).
  if (facts.category === 'advisory') return paidPlanVehicle(profile, ['premier']);
  if (facts.onpremVersion === undefined) return ask(askFact('onpremVersion'));
  if (facts.onpremVersion === 'older') {
    return merge({ caveats: [caveats.onpremOlderUnsupported] }, paidPlanVehicle(profile, ['premier']));
  }
  const level = profile.mpnLevel;
  if (level === undefined) return ask(askProfile('mpnLevel'));
  if (level === 'none') return paidPlanVehicle(profile, ['premier']);
  return merge(
    {
      decision: 'escalate',
      vehicle: 'microsoft-product-support',
      rules: ['R14'],
      caveats: [productSupportAllowance(level), caveats.incidentsRemaining, accessIdFirstTime('R14')],
    },
    activated(profile, productSupportSteps),
  );
}

/** R19/R20: the partner's own tenant is not CSP support; sign in directly with an entitlement. */
function ownTenantVehicle(route: Route, product: Product, profile: Profile): Part {
  const own: Part = { caveats: [caveats.ownTenantNotCsp, caveats.signInDirectlyOwnOnly] };
  // Office 365, Dynamics CRM Online and EMS charge no separate support fee; Azure does.
  if (route === 'commercial' || product !== 'azure') {
    return merge(own, { vehicle: 'own-tenant-direct', steps: ownTenantSteps(product) });
  }
  return merge(own, ownAzureEntitlement(profile));
}

function ownAzureEntitlement(profile: Profile): Part {
  const level = profile.mpnLevel;
  if (level === undefined) return ask(askProfile('mpnLevel'));
  // The included benefit first: Signature Cloud Support pays the Azure support fee (R19).
  if (level === 'silver' || level === 'gold') {
    return merge(
      { caveats: [caveats.accessIdAlreadyAssociated] },
      signatureVehicle(profile, level, 'azure', signatureOwnAzureSteps),
    );
  }
  const plans = profile.paidPlans;
  if (plans === undefined) return ask(askProfile('paidPlans'));
  const actionPack: Part = level === 'action-pack' ? { caveats: [caveats.actionPackNoSignature] } : {};
  if (plans.includes('azure-plan')) {
    return merge(actionPack, { decision: 'escalate', vehicle: 'own-tenant-direct', steps: ownTenantSteps('azure') });
  }
  return merge(actionPack, paidPlanVehicle(profile, ['premier', 'advanced']));
}

/** R2 (+R12, R13): commercial issues for a customer. */
function commercialVehicle(product: Product, facts: Facts, profile: Profile): Part {
  if (product === 'dynamics365' && (facts.category === 'billing' || facts.category === 'subscription')) {
    return { vehicle: 'dynamics-support', steps: dynamicsSupportSteps, caveats: [caveats.dynamicsSupportTopics] };
  }
  const model = profile.cspModel;
  if (model === undefined) return ask(askProfile('cspModel'));
  if (model === 'indirect-reseller') return indirectProvider;
  return partnerFiles('commercial-service-request', product, facts, profile);
}

/** R9–R13 (and R16 outside CSP): technical or advisory issues for a customer. */
function customerTechnicalVehicle(product: Product, facts: Facts, profile: Profile): Part {
  const model = profile.cspModel;
  if (model === undefined) return ask(askProfile('cspModel'));
  if (model === 'none') return outsideCsp(product, profile);
  const dynamics: Part = product === 'dynamics365' ? { caveats: [caveats.dynamicsNeedsAsfp] } : {};
  if (model === 'indirect-reseller') return merge(dynamics, resellerVehicle(product, facts, profile));
  if (product === 'dynamics365') {
    const plans = profile.paidPlans;
    if (plans === undefined) return ask(askProfile('paidPlans'));
    // R13: ASfP or higher (Premier) is required to submit Dynamics 365 incidents for a CSP customer.
    if (!plans.includes('advanced') && !plans.includes('premier')) {
      return merge(dynamics, {
        decision: 'needs-paid-plan',
        vehicle: 'dynamics-support',
        steps: [...dynamicsSupportSteps, ...buyPlanSteps],
      });
    }
  }
  return merge(dynamics, partnerFiles('csp-service-request', product, facts, profile));
}

const indirectProvider: Part = {
  vehicle: 'indirect-provider',
  steps: indirectProviderSteps,
  caveats: [caveats.indirectProviderFiles],
};

/**
 * R12: for a technical issue the indirect provider files, unless it granted
 * the reseller access to the customer's Azure account.
 */
function resellerVehicle(product: Product, facts: Facts, profile: Profile): Part {
  if (product !== 'azure') return indirectProvider;
  const granted = profile.azureAccessGranted;
  if (granted === undefined) return ask(askProfile('azureAccessGranted'));
  if (!granted) return merge(indirectProvider, { caveats: [caveats.resellerAzureAccess] });
  return partnerFiles('csp-service-request', product, facts, profile);
}

/** R9–R12: the partner files itself, starting from Partner Center. */
function partnerFiles(
  vehicle: 'csp-service-request' | 'commercial-service-request',
  product: Product,
  facts: Facts,
  profile: Profile,
): Part {
  const role = profile.role;
  if (role === undefined) return ask(askProfile('role'));
  const roleCaveats: Caveat[] = [
    ...(role === 'other' ? [caveats.roleMayNotEscalate] : []),
    ...(role === 'helpdesk-agent' && product === 'azure' ? [caveats.helpdeskSupportGroup] : []),
  ];
  const base: Part = {
    decision: 'escalate',
    vehicle,
    rules: ['R9'],
    caveats: [...roleCaveats, caveats.signInDirectlyOwnOnly],
  };
  const category: readonly Step[] = vehicle === 'commercial-service-request' ? [commercialCategoryStep] : [];
  if (product !== 'azure') {
    const office: Part = product === 'onprem' ? {} : { steps: officeRequestSteps, rules: ['R11'] };
    return merge(base, { steps: [...partnerCenterSteps(product), ...category] }, office);
  }
  // R12: the admin relationship changes only where filing starts, so when it is not stated both routes are
  // shown (the documents' own layout) instead of asking one more question.
  const noAdmin = facts.adminRelationship === false;
  const start: readonly Step[] = noAdmin ? noAdminRelationshipSteps : partnerCenterSteps(product);
  const other: Part =
    facts.adminRelationship === undefined
      ? { caveats: [caveats.noAdminRelationshipRoute] }
      : noAdmin
        ? { caveats: [caveats.noAdminRelationship] }
        : {};
  return merge(base, other, { steps: [...start, ...category, ...azureRequestSteps], rules: ['R10'] });
}

/** R16/R17: not in CSP: Signature Cloud Support with a competency, otherwise a paid plan. */
function outsideCsp(product: Product, profile: Profile): Part {
  const level = profile.mpnLevel;
  if (level === undefined) return ask(askProfile('mpnLevel'));
  if (level === 'silver' || level === 'gold') return signatureVehicle(profile, level, product, signatureCustomerSteps);
  const actionPack: Part = level === 'action-pack' ? { caveats: [caveats.actionPackNoSignature] } : {};
  return merge(actionPack, paidPlanVehicle(profile, ['premier', 'advanced']));
}

/** R17: Signature Cloud Support; the Access ID is needed the first time except for Microsoft 365. */
function signatureVehicle(
  profile: Profile,
  level: Extract<MpnLevel, 'silver' | 'gold'>,
  product: Product,
  steps: readonly Step[],
): Part {
  const competency = profile.cloudCompetency;
  if (competency === undefined) return ask(askProfile('cloudCompetency'));
  const firstTime: Caveat[] = product === 'm365' ? [] : [accessIdFirstTime('R17')];
  return merge(
    {
      decision: 'escalate',
      vehicle: 'signature-cloud-support',
      rules: ['R16', 'R17'],
      caveats: [signatureAllowance(level, competency), ...firstTime],
    },
    activated(profile, steps),
  );
}

/** R15: MPN benefits work only once activated; if not, activation comes first. */
function activated(profile: Profile, steps: readonly Step[]): Part {
  const done = profile.benefitsActivated;
  if (done === undefined) return ask(askProfile('benefitsActivated'));
  if (done) return { steps };
  return { steps: [...activationSteps, ...steps], caveats: [caveats.activateFirst] };
}

type TechnicalPlan = Extract<PaidPlan, 'premier' | 'advanced'>;
const planVehicle = { premier: 'premier', advanced: 'advanced-support' } as const;

/** R16: a fee-based partner plan already held, in the caller's order of preference, or buy one. */
function paidPlanVehicle(profile: Profile, eligible: readonly TechnicalPlan[]): Part {
  const plans = profile.paidPlans;
  if (plans === undefined) return ask(askProfile('paidPlans'));
  const held = eligible.find((plan) => plans.includes(plan));
  const rules: RuleId[] = ['R16'];
  if (held !== undefined) {
    return { decision: 'escalate', vehicle: planVehicle[held], steps: paidPlanSteps(held), rules };
  }
  return {
    decision: 'needs-paid-plan',
    vehicle: 'paid-support',
    steps: buyPlanSteps,
    rules,
    caveats: [caveats.needsPaidPlan],
  };
}
