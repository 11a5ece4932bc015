/**
 * The numbered steps of each answer, quoting the documents' own button names
 * (rulebook §8). Each list cites the rule it follows.
 */
import type { PaidPlan, Product, Tenant } from '../facts';
import { links } from '../links';
import type { MessageKey } from '../texts/en';
import type { Step } from './types';

const step = (key: MessageKey, link?: string): Step => (link === undefined ? { key } : { key, link });

/** The admin portal a product is managed in: Azure portal, or Office 365 admin center for the rest (R9). */
export const portalOf = (product: Product): { readonly text: MessageKey } => ({
  text: product === 'azure' ? 'name.azure-portal' : 'name.office-admin-center',
});

/** R1: the ISV's support contact is on the product's Marketplace page. */
export const isvSteps: readonly Step[] = [step('step.isv.open-marketplace'), step('step.isv.find-contact')];

/** R3: service health, in Partner Center for a customer or in the own portal for the own tenant. */
export function serviceHealthSteps(tenant: Tenant, product: Product): Step[] {
  if (tenant === 'own') return [{ key: 'step.health.own-portal', params: { portal: portalOf(product) } }];
  return [step('step.health.open-customer', links.partnerCenter), step('step.health.check')];
}

/** R4: follow the documented incident; no new request. */
export const knownIncidentSteps: readonly Step[] = [step('step.incident.follow'), step('step.incident.recheck')];

/** R5: troubleshoot with admin privileges (Service management → Administer services). */
export function resolveYourselfSteps(tenant: Tenant, product: Product): Step[] {
  const start: Step[] =
    tenant === 'own'
      ? [{ key: 'step.resolve.own-portal', params: { portal: portalOf(product) } }]
      : [step('step.resolve.open-customer', links.partnerCenter), step('step.resolve.administer-services')];
  return [...start, step('step.resolve.come-back')];
}

/**
 * R9: start in Partner Center so the partner–customer relationship is kept.
 * An on-premises licence (commercial issues only) has no workload portal to pick.
 */
export function partnerCenterSteps(product: Product): Step[] {
  const workload: MessageKey = product === 'azure' ? 'name.workload-azure' : 'name.workload-office';
  const newRequest: Step =
    product === 'onprem'
      ? step('step.csp.new-request-licence')
      : { key: 'step.csp.new-request', params: { workload: { text: workload }, portal: portalOf(product) } };
  return [step('step.csp.service-requests', links.partnerCenter), step('step.csp.search-customer'), newRequest];
}

/** R10: the Azure support request: Cloud Solution Provider plan, the partner's own contact details. */
export const azureRequestSteps: readonly Step[] = [
  step('step.azure.new-support-request'),
  step('step.azure.basics'),
  step('step.azure.contact'),
  step('step.azure.create'),
  step('step.azure.manage'),
];

/** R11: Office 365, Dynamics CRM Online, Enterprise Mobility Suite. */
export const officeRequestSteps: readonly Step[] = [
  step('step.office.category'),
  step('step.office.submit'),
  step('step.office.review'),
];

/** R12: no admin privileges for the customer: open the Azure portal in the customer's directory. */
export const noAdminRelationshipSteps: readonly Step[] = [
  step('step.no-admin.copy-domain', links.partnerCenter),
  { key: 'step.no-admin.open-portal', params: { url: links.customerDomainPortal } },
  step('step.no-admin.subscription'),
];

/** R2: commercial requests use the same form; the category is billing or subscription management. */
export const commercialCategoryStep: Step = step('step.commercial.category');

/** R12: an indirect reseller's indirect provider files for the customer. */
export const indirectProviderSteps: readonly Step[] = [step('step.provider.ask'), step('step.provider.details')];

/** R13: Dynamics Support for licensing, billing and further technical support. */
export const dynamicsSupportSteps: readonly Step[] = [step('step.dynamics.contact', links.dynamicsSupport)];

/** R15: activate the technical benefits first. */
export const activationSteps: readonly Step[] = [
  step('step.activate.sign-in', links.partnerCenter),
  step('step.activate.technical-benefits', links.technicalBenefits),
];

/** R14: Microsoft Product Support in Support for Business. */
export const productSupportSteps: readonly Step[] = [
  step('step.product-support.open', links.supportForBusiness),
  step('step.product-support.ids', links.technicalBenefits),
  step('step.product-support.create'),
];

/** R17 (own Azure tenant) and R18: link the benefit once, then a normal new support request. */
export const signatureOwnAzureSteps: readonly Step[] = [
  step('step.signature.own-azure-link', links.azurePortal),
  step('step.signature.own-azure-request'),
];

/** R17 for a customer: an admin agent opens the workload from Customers → Service management. */
export const signatureCustomerSteps: readonly Step[] = [
  step('step.signature.customers', links.customers),
  step('step.signature.add-contract'),
];

/** R19/R20: the own tenant is filed by signing in directly, in the partner's own context. */
export function ownTenantSteps(product: Product): Step[] {
  const request = product === 'azure' ? 'step.own.azure-request' : 'step.own.office-request';
  return [{ key: 'step.own.sign-in', params: { portal: portalOf(product) } }, step(request)];
}

const planLinks: Readonly<Record<'premier' | 'advanced', string>> = {
  premier: links.premier,
  advanced: links.advanced,
};
const planNames: Readonly<Record<'premier' | 'advanced', MessageKey>> = {
  premier: 'name.premier',
  advanced: 'name.advanced',
};

/** R16: file through a paid partner plan the partner already holds. */
export function paidPlanSteps(plan: Extract<PaidPlan, 'premier' | 'advanced'>): Step[] {
  return [{ key: 'step.plan.use', params: { plan: { text: planNames[plan] } }, link: planLinks[plan] }];
}

/** R14/R16: no entitlement yet: compare and buy a partner support plan. */
export const buyPlanSteps: readonly Step[] = [step('step.plan.compare', links.partnerSupportPlans)];
