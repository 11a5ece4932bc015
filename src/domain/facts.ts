/**
 * The facts the bot collects about one customer problem, and the partner
 * profile remembered per user (rulebook §2). Every fact may be unknown: the
 * assessment says which one to ask next.
 */
import { z } from 'zod';

export const productSchema = z.enum(['azure', 'm365', 'dynamics365', 'onprem', 'marketplace']);
export const tenantSchema = z.enum(['customer', 'own']);
export const categorySchema = z.enum(['technical', 'advisory', 'billing', 'subscription', 'dispute', 'fraud']);
export const serviceHealthSchema = z.enum(['not-checked', 'known-incident', 'not-listed']);
export const natureSchema = z.enum(['undocumented', 'unavailable', 'bug', 'network', 'regional', 'configuration']);
export const impactSchema = z.enum(['critical', 'moderate', 'minimal']);
export const languageSchema = z.enum(['en', 'ko']);
export const onpremVersionSchema = z.enum(['current', 'previous', 'older']);

export const factsSchema = z.object({
  product: productSchema.optional(),
  tenant: tenantSchema.optional(),
  category: categorySchema.optional(),
  serviceHealth: serviceHealthSchema.optional(),
  nature: natureSchema.optional(),
  impact: impactSchema.optional(),
  /** The language of the support conversation with Microsoft (R22). */
  language: languageSchema.optional(),
  onpremVersion: onpremVersionSchema.optional(),
  /** Delegated admin relationship with this customer (R12). */
  adminRelationship: z.boolean().optional(),
});

export const cspModelSchema = z.enum(['direct', 'indirect-provider', 'indirect-reseller', 'none']);
export const roleSchema = z.enum(['admin-agent', 'helpdesk-agent', 'sales-agent', 'global-admin', 'other']);
export const mpnLevelSchema = z.enum(['none', 'action-pack', 'silver', 'gold']);
export const paidPlanSchema = z.enum(['premier', 'advanced', 'azure-plan']);

export const profileSchema = z.object({
  cspModel: cspModelSchema.optional(),
  role: roleSchema.optional(),
  /** Indirect resellers only: the indirect provider granted access to the customer's Azure account (R12). */
  azureAccessGranted: z.boolean().optional(),
  mpnLevel: mpnLevelSchema.optional(),
  cloudCompetency: z.boolean().optional(),
  benefitsActivated: z.boolean().optional(),
  paidPlans: z.array(paidPlanSchema).optional(),
  /** IANA time zone for the business-hours clock (R24). */
  timeZone: z.string().optional(),
  /** Preferred language for support conversations with Microsoft (R22). */
  supportLanguage: languageSchema.optional(),
});

export type Product = z.infer<typeof productSchema>;
export type Tenant = z.infer<typeof tenantSchema>;
export type Category = z.infer<typeof categorySchema>;
export type ServiceHealth = z.infer<typeof serviceHealthSchema>;
export type Nature = z.infer<typeof natureSchema>;
export type Impact = z.infer<typeof impactSchema>;
export type Language = z.infer<typeof languageSchema>;
export type OnpremVersion = z.infer<typeof onpremVersionSchema>;
export type Facts = z.infer<typeof factsSchema>;
export type CspModel = z.infer<typeof cspModelSchema>;
export type Role = z.infer<typeof roleSchema>;
export type MpnLevel = z.infer<typeof mpnLevelSchema>;
export type PaidPlan = z.infer<typeof paidPlanSchema>;
export type Profile = z.infer<typeof profileSchema>;
