/**
 * Addresses the source documents give (rulebook §4), used by the assessment's
 * steps and the answers' links alike: one place, so a moved page is a one-line fix.
 */
export const links = {
  partnerCenter: 'https://partner.microsoft.com/dashboard',
  customers: 'https://partner.microsoft.com/commerce/customers/list',
  technicalBenefits: 'https://partner.microsoft.com/dashboard/mpn/membership/benefits/technical',
  userManagement: 'https://partner.microsoft.com/dashboard/account/v3/usermanagement#users',
  supportForBusiness: 'https://support.serviceshub.microsoft.com/supportforbusiness/create',
  partnerSupportPlans: 'https://partner.microsoft.com/support/partnersupport',
  premier: 'https://partner.microsoft.com/support/microsoft-services-premier-support',
  advanced: 'https://partner.microsoft.com/support/advanced-cloud-support',
  dynamicsSupport: 'https://learn.microsoft.com/dynamics365/customer-engagement/admin/contact-technical-support',
  azurePortal: 'https://portal.azure.com',
  /** R12: not a link as such; the user puts the customer's domain in place of the placeholder. */
  customerDomainPortal: 'https://portal.azure.com/<customer-domain>',
  azureSupportFaq: 'https://go.microsoft.com/fwlink/?LinkId=717532',
  incidentsRemaining:
    'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
  productLifecycle: 'https://aka.ms/n-1',
} as const;
