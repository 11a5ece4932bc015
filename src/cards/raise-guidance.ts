/**
 * R21: severity follows the business impact given on the service request, so
 * raising it means updating that request where it was filed (R10: Azure portal
 * → Manage support requests; R11: Office 365 admin center → See all support
 * tickets), not filing a new one.
 */
import type { Product } from '../domain/facts';
import type { SupportRequest } from '../domain/requests/support-request';
import type { Language } from '../i18n';
import { requestText, type RequestTextKey } from '../requests/request-texts';

const whereByProduct: Partial<Record<Product, RequestTextKey>> = {
  azure: 'raise.whereAzure',
  m365: 'raise.whereOffice',
  dynamics365: 'raise.whereOffice',
};

/** Where to update the business impact of this request, in the user's language. */
export function whereToUpdateImpact(request: SupportRequest, language: Language): string {
  const product = request.facts.product;
  return requestText(language, (product === undefined ? undefined : whereByProduct[product]) ?? 'raise.whereAny');
}

/** The full R21 guidance shown with the raise-severity choices. */
export function raiseGuidance(request: SupportRequest, language: Language): string {
  return requestText(language, 'raise.guidance', { where: whereToUpdateImpact(request, language) });
}
