/**
 * English texts of every line the assessment produces. `{name}` marks a
 * parameter. Button and page names are quoted exactly as the documents
 * write them (rulebook §8) so users find the same buttons.
 */
import type { Texts } from './texts';

export const enMessages = {
  'name.azure-portal': 'Azure portal',
  'name.office-admin-center': 'Office 365 admin center',
  'name.workload-azure': 'Azure',
  'name.workload-office': 'Office 365, Dynamics 365, Enterprise Mobility Suite',
  'name.premier': 'Premier Support for Partners',
  'name.advanced': 'Advanced Support for Partners',

  'decision.escalate': 'Escalate to Microsoft',
  'decision.check-service-health': 'Check service health first',
  'decision.known-incident': 'Known incident: follow it in service health',
  'decision.resolve-yourself': 'Resolve it yourself',
  'decision.contact-isv': 'Contact the ISV that published the product',
  'decision.needs-paid-plan': 'This needs a paid support plan',
  'decision.pending': 'A few more questions before the answer',

  'vehicle.isv': 'The ISV (independent software vendor)',
  'vehicle.commercial-service-request': 'Commercial service request in Partner Center',
  'vehicle.csp-service-request': 'Service request in Partner Center (Cloud Solution Provider support)',
  'vehicle.indirect-provider': 'Your indirect provider files the service request',
  'vehicle.dynamics-support': 'Dynamics Support',
  'vehicle.microsoft-product-support': 'Microsoft Product Support in Support for Business (MPN benefit)',
  'vehicle.signature-cloud-support': 'Signature Cloud Support (MPN benefit)',
  'vehicle.premier': 'Premier Support for Partners',
  'vehicle.advanced-support': 'Advanced Support for Partners',
  'vehicle.own-tenant-direct': 'Your own tenant: sign in directly',
  'vehicle.paid-support': 'A paid partner support plan',

  'severity.A': 'A (critical impact)',
  'severity.B': 'B (moderate impact)',
  'severity.C': 'C (minimal impact)',
  'severity.non-break-fix': 'Non break-fix (inside the entitlement, not a technical break-fix incident)',
  'target.hours': 'Within {hours, plural, one {# hour} other {# hours}}',
  'target.business-days': 'Within {days, plural, one {# business day} other {# business days}}',

  'step.isv.open-marketplace': 'On the Marketplace page, select the product you need help with.',
  'step.isv.find-contact':
    "On the product's page, find the ISV's support contact: a link to a support entry point on the ISV's website, a support email, or a support phone number.",
  'step.health.open-customer': 'In Partner Center, select Customers and then the customer.',
  'step.health.check': 'Select Service management and check the service health for an existing, documented problem.',
  'step.health.own-portal': 'Sign in to the {portal} with your own account and check the service health.',
  'step.incident.follow':
    'Follow the incident in service health: it is an existing, documented problem, so no new service request is needed.',
  'step.incident.recheck': 'Re-check service health later; I can remind you.',
  'step.resolve.open-customer': 'In Partner Center, select Customers, the customer, and then Service management.',
  'step.resolve.administer-services':
    'In the Administer services section, open the service you need to work in and troubleshoot the software, settings and configuration with your admin privileges.',
  'step.resolve.own-portal':
    'Sign in to the {portal} and troubleshoot the software, settings and configuration with your admin privileges.',
  'step.resolve.come-back':
    "If it turns out not to be a configuration issue (a bug, an unavailable service, an undocumented problem, a network or regional issue), come back and I'll show you how to escalate.",
  'step.csp.service-requests': 'From the Partner Center menu, select Service requests and then Customer request.',
  'step.csp.search-customer': 'On the Customer requests page, search for the customer.',
  'step.csp.new-request': 'From the New request menu, select {workload}. You are redirected to the {portal}.',
  'step.csp.new-request-licence': 'Select New request for the subscription the licence was bought under.',
  'step.commercial.category':
    'Choose the billing or subscription management category that fits (billing, subscription, dispute or fraud) and describe the issue.',
  'step.azure.new-support-request': 'Select New support request.',
  'step.azure.basics': 'In the Basics section, select Cloud Solution Provider in the Support plan field.',
  'step.azure.contact': "In the Contact information section, enter your own information, not your customer's.",
  'step.azure.create': 'Select Create.',
  'step.azure.manage': 'Later, review the request in the Azure portal under Manage support requests.',
  'step.office.category':
    'In the Create a service request section, choose the support category (you may need to select More...).',
  'step.office.submit':
    "Complete the service request form with your contact information, not your customer's, and select Submit.",
  'step.office.review': 'Later, review the request in the Office 365 admin center under See all support tickets.',
  'step.no-admin.copy-domain': "Copy the customer's domain name from their account page in Partner Center.",
  'step.no-admin.open-portal': "Go to {url}, with the customer's domain name in place of <customer-domain>.",
  'step.no-admin.subscription': 'Select the Azure subscription that requires support.',
  'step.provider.ask':
    'Ask your indirect provider to file the service request for this customer in Partner Center (Service requests, Customer request, New request).',
  'step.provider.details':
    'Give them the customer, the product, the business impact, what you have already checked, and your contact details.',
  'step.dynamics.contact': 'Contact Dynamics Support.',
  'step.activate.sign-in': 'Sign in to the Partner Center dashboard with your MPN-associated account.',
  'step.activate.technical-benefits':
    'Expand Benefits, select Technical benefits, and select Activate. The Access ID and Contract ID then show to all users.',
  'step.product-support.open': 'Open Support for Business.',
  'step.product-support.ids':
    'The first time, enter your Access ID and Contract ID (shown under Benefits, Technical benefits in Partner Center).',
  'step.product-support.create':
    'Select the product and version, describe the problem, and create the support request.',
  'step.signature.own-azure-link':
    'Sign in directly to the Azure portal. The first time, select Help + Support, Support Plans, Link support benefits, and enter your Access ID and Contract ID.',
  'step.signature.own-azure-request': 'Select + New support request; your Signature support plan is shown.',
  'step.signature.customers':
    'With the Admin agent role, select Customers under CSP, the customer, Service management, and New request.',
  'step.signature.add-contract':
    'Select the workload: its portal opens, where you add your support contract (Access ID and Contract ID) and create the request.',
  'step.own.sign-in': "Sign in directly to the {portal} with your own account (your own context, not a customer's).",
  'step.own.azure-request': 'Select New support request and choose your support plan.',
  'step.own.office-request': 'Select Support, New service request, and choose the support topic.',
  'step.plan.use': 'File the request under your {plan} contract.',
  'step.plan.compare':
    'Compare the partner support plans: Premier Support for Partners (the top level) or Advanced Support for Partners (cloud products only).',

  'caveat.commercial-included':
    'Commercial support is available to all CSP partners; billing and subscription management support is included free. No service-health check is needed first.',
  'caveat.incident-reminder': 'Want a reminder to re-check service health? Say so and I will set one.',
  'caveat.advisory-deeper-help':
    'Advisory questions are inside the entitlement but are not break-fix. For deeper advisory help, look at the paid partner support plans.',
  'caveat.onprem-not-csp':
    'On-premises products are never CSP service requests: they use the MPN technical support benefit or a paid plan.',
  'caveat.indirect-provider-files':
    'As an indirect reseller, your indirect provider files the support ticket for your customer.',
  'caveat.reseller-azure-access':
    "To create Azure service requests yourself, your indirect provider must grant you access to the customer's Azure account. This is different from administering on behalf of customers for Office 365.",
  'caveat.helpdesk-support-group':
    "A helpdesk agent in Partner Center can't create service requests in the Azure portal. Create a support group in the Azure portal and give that group permissions to log support requests, or ask an admin agent.",
  'caveat.no-admin-relationship':
    "You don't have admin privileges for this customer (they weren't requested, or you only manage the customer's Azure subscriptions), so open the Azure portal in the customer's directory instead.",
  'caveat.no-admin-relationship-route':
    "No admin privileges for this customer (they weren't requested, or you only manage the customer's Azure subscriptions)? Copy the customer's domain name from their account page in Partner Center, go to {url} with it in place of <customer-domain>, select the Azure subscription, then New support request.",
  'caveat.role-may-not-escalate':
    'Only an admin agent, global admin, sales agent or helpdesk agent can escalate: ask a colleague with one of these roles to file it.',
  'caveat.dynamics-needs-asfp':
    'Partners transacting Dynamics 365 in CSP need Advanced Support for Partners (ASfP) or higher to submit Dynamics 365 incidents on behalf of a CSP customer.',
  'caveat.dynamics-support-topics':
    'Dynamics 365 plan subscriptions, licensing, billing, Finance & Operations and product licences go to Dynamics Support.',
  'caveat.onprem-older-unsupported':
    'Microsoft Product Support covers only the current version (N) and the previous version (N-1) while in mainstream support. For older versions, use a paid support option or buy a partner support plan.',
  'caveat.incidents-remaining': 'The incidents you have left are shown only in Support for Business.',
  'caveat.access-id-first-time':
    'You need the Access ID and Contract ID the first time you use the benefit with each account; after that they stay linked.',
  'caveat.activate-first':
    'Your technical benefits must be activated first, by a Global Admin or MPN Partner Admin. If Activate is greyed out, find one in User management. A CSP-only account sees "You are not authorized for this action".',
  'caveat.role-cannot-activate':
    'The admin agent, helpdesk agent and sales agent roles cannot activate technical benefits (that is why Activate is greyed out): only a Global Admin or MPN Partner Admin can. Find one in User management.',
  'caveat.member-wrong-account':
    'Your company has an active membership, so if Technical benefits shows "Looks like you don\'t have any benefits yet", you are signed in with the wrong account: select the Account icon at the top right and Sign in with another account.',
  'caveat.no-membership-no-benefits':
    'Technical benefits come with an active Gold, Silver or Action Pack membership offer; without one the page shows "Looks like you don\'t have any benefits yet" and there is nothing to activate.',
  'caveat.needs-paid-plan':
    'None of the entitlements in your profile covers this case; a paid partner support plan does.',
  'caveat.action-pack-no-signature':
    'Action Pack does not include Signature Cloud Support (only Microsoft Product Support for on-premises products) unless you earn a competency.',
  'caveat.access-id-already-associated':
    'If the Azure portal says "Access ID is already associated", ignore it when the contract is already linked: use + New support request and the plan shows. If the contract expired or has no incidents left, it is hidden and a new support plan must be bought.',
  'caveat.own-tenant-not-csp':
    "Support for your own partner tenant isn't part of the CSP support benefit. Office 365, Dynamics CRM Online and Enterprise Mobility Suite charge no separate support fee; Azure does, and Signature Cloud Support or other MPN benefits may pay it.",
  'caveat.own-tenant-signature':
    "As a Gold or Silver partner, your Signature Cloud Support (the MPN contract ID) is a valid entitlement for your own tenant's service requests, and it may pay Azure's support fee.",
  'caveat.own-tenant-premier':
    "Your Premier Support for Partners is a valid entitlement for your own tenant's service requests.",
  'caveat.own-tenant-azure-plan':
    'Your Azure support plan is a valid entitlement for service requests on your own Azure subscriptions.',
  'caveat.signature-included':
    'As a Gold or Silver partner you already have Signature Cloud Support for technical issues with cloud products, at no extra fee: activate your technical benefits to use it.',
  'caveat.sign-in-directly-own-only':
    "Signing in directly to the Azure portal or the Office 365 admin center shows your own context, not the customer's: do it only for your own subscriptions, and start from Partner Center for customers.",
  'caveat.no-documented-target':
    'The response targets in the documents ({hoursA}, {hoursB}, {hoursC} hours; {nonBreakFixDays, plural, one {# business day} other {# business days}}) are for CSP support requests; this vehicle follows its own contract.',
  'caveat.english-only-targets':
    'The response targets are for English-speaking support only. Support in a local language (such as Korean) is provided during business hours: you can choose English for the faster target.',
  'caveat.no-phone': "Phone support isn't offered for this program.",
  'caveat.priority-response': 'As a CSP partner you can expect priority response time to your major issues.',
  'caveat.incidents-per-year': 'Your membership includes {count} incidents a year for this benefit.',
  'caveat.incidents-unlimited': 'With a cloud competency, Signature Cloud Support incidents are unlimited.',

  'rule.R1': "R1: Microsoft doesn't support commercial marketplace products; the ISV does.",
  'rule.R2': 'R2: billing issues, disputes and fraud concerns escalate through a service request.',
  'rule.R3': 'R3: for a cloud service, check service health first.',
  'rule.R4': 'R4: a problem listed in service health is a known incident; no new request.',
  'rule.R5': 'R5: software, settings and configuration issues are yours to resolve.',
  'rule.R6': 'R6: undocumented problems, unavailable services, bugs, network and regional issues go to Microsoft.',
  'rule.R7': 'R7: advisory questions may be escalated but are not break-fix.',
  'rule.R8': 'R8: on-premises products are never CSP service requests.',
  'rule.R9': 'R9: file for a customer from Partner Center so the partner–customer relationship is kept.',
  'rule.R10': 'R10: Azure requests use the Cloud Solution Provider support plan and your contact details.',
  'rule.R11': 'R11: Office 365, Dynamics CRM Online and EMS requests take your contact details.',
  'rule.R12': 'R12: who may file (indirect providers, helpdesk agents, no admin privileges).',
  'rule.R13': 'R13: Dynamics 365 incidents need ASfP or higher; licensing and billing go to Dynamics Support.',
  'rule.R14': 'R14: Microsoft Product Support covers recent on-premises products (N, N-1).',
  'rule.R15': 'R15: technical benefits must be activated first.',
  'rule.R16': 'R16: technical support comes through Premier, Advanced or Signature Cloud Support.',
  'rule.R17': 'R17: Signature Cloud Support comes with a Gold or Silver competency.',
  'rule.R18': 'R18: the "Access ID is already associated" error can be ignored.',
  'rule.R19': "R19: your own tenant isn't covered by CSP support; bring an entitlement.",
  'rule.R20': 'R20: sign in directly only for your own subscriptions.',
  'rule.R21': 'R21: severity follows business impact and sets the initial response target.',
  'rule.R22': 'R22: response targets are for English-speaking support.',
  'rule.R23': 'R23: no phone support.',
  'rule.R24': 'R24: the deadline uses business hours for local language and non break-fix.',
  'rule.R25': 'R25: CSP partners get priority response to major issues.',
  'rule.R26': 'R26: until Microsoft responds, the bot reminds you before and after the deadline.',
  'rule.R27': 'R27: each reminder is delivered once; a failed delivery is retried, never dropped.',
} as const;

export type MessageKey = keyof typeof enMessages;

export const en: Texts = {
  messages: enMessages,
  questions: {
    product: {
      prompt: 'Which product is affected?',
      options: {
        azure: 'Azure',
        m365: 'Microsoft 365 / Office 365 / EMS',
        dynamics365: 'Dynamics 365',
        onprem: 'An on-premises product',
        marketplace: 'A commercial marketplace product',
      },
    },
    tenant: {
      prompt: 'Whose tenant is it?',
      options: { customer: "A customer's", own: 'Our own (partner tenant)' },
    },
    category: {
      prompt: 'What kind of issue is it?',
      options: {
        technical: 'Technical (something is broken)',
        advisory: 'Advisory (how-to, configuration guidance)',
        billing: 'Billing',
        subscription: 'Subscription management',
        dispute: 'Dispute',
        fraud: 'Fraud',
      },
    },
    serviceHealth: {
      prompt: 'What does service health show?',
      options: {
        'not-checked': 'Not checked yet',
        'known-incident': 'The problem is listed there',
        'not-listed': 'Nothing listed',
      },
    },
    nature: {
      prompt: 'Which describes the problem best?',
      options: {
        undocumented: 'The service is not working as its service description says',
        unavailable: 'The service is unavailable',
        bug: 'A bug or irregularity in how it looks or works',
        network: 'A large-scale network disruption',
        regional: 'A regional issue affecting several tenants',
        configuration: 'Software, settings or configuration we can change',
      },
    },
    impact: {
      prompt: 'What is the business impact?',
      options: {
        critical: 'Critical impact (production down, significant loss)',
        moderate: 'Moderate impact (production partially affected)',
        minimal: 'Minimal impact (non-production, or the service still works)',
      },
    },
    language: {
      prompt: 'Which language should the support conversation with Microsoft use?',
      options: { en: 'English (fastest response target)', ko: 'Korean (business hours)' },
    },
    onpremVersion: {
      prompt: 'Which version of the on-premises product?',
      options: {
        current: 'The current version (N)',
        previous: 'The previous version (N-1), still in mainstream support',
        older: 'An older version',
      },
    },
    adminRelationship: {
      prompt: 'Do you have admin privileges (delegated admin) for this customer?',
      options: { yes: 'Yes', no: 'No' },
    },
    cspModel: {
      prompt: 'How do you take part in the CSP program?',
      options: {
        direct: 'Direct-bill partner',
        'indirect-provider': 'Indirect provider',
        'indirect-reseller': 'Indirect reseller',
        none: 'Not in CSP',
      },
    },
    role: {
      prompt: 'What is your role in Partner Center?',
      options: {
        'admin-agent': 'Admin agent',
        'helpdesk-agent': 'Helpdesk agent',
        'sales-agent': 'Sales agent',
        'global-admin': 'Global admin',
        other: 'Another role',
      },
    },
    azureAccessGranted: {
      prompt: "Has your indirect provider granted you access to this customer's Azure account?",
      options: { yes: 'Yes', no: 'No' },
    },
    mpnLevel: {
      prompt: 'What is your Microsoft Partner Network membership?',
      options: { none: 'None', 'action-pack': 'Action Pack', silver: 'Silver competency', gold: 'Gold competency' },
    },
    cloudCompetency: {
      prompt:
        'Is one of your competencies a cloud competency (Security, Cloud Business Applications, Cloud Platform, Cloud Productivity, Enterprise Mobility Management, Small and Midmarket Cloud Solutions)?',
      options: { yes: 'Yes', no: 'No' },
    },
    benefitsActivated: {
      prompt: 'Have your technical benefits been activated in Partner Center?',
      options: { yes: 'Yes', no: 'No, or not sure' },
    },
    paidPlans: {
      prompt: 'Which paid support plans do you hold?',
      options: {
        premier: 'Premier Support for Partners',
        advanced: 'Advanced Support for Partners (ASfP)',
        'azure-plan': 'An Azure support plan',
        none: 'None',
      },
    },
  },
};
