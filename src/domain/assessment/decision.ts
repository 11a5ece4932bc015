/**
 * Should it be escalated at all? Rules R1–R8, in rulebook order; the first
 * that fires decides. R3–R7 speak of the CSP entitlement for cloud services,
 * so they apply to cloud products; on-premises products fall through to R8.
 */
import type { Category, Facts, Product } from '../facts';
import { caveats } from './caveats';
import { isvSteps, knownIncidentSteps, resolveYourselfSteps, serviceHealthSteps } from './filing-steps';
import { ask, type Part } from './part';
import { askFact } from './questions';

/** How an escalation continues: which vehicle rules and which severity apply. */
export type Route = 'commercial' | 'break-fix' | 'advisory' | 'onprem';

export interface DecisionOutcome {
  readonly part: Part;
  /** Present when the answer continues with a support vehicle (rulebook §4). */
  readonly next?: { readonly route: Route; readonly product: Product; readonly category: Category };
}

const commercialCategories: ReadonlySet<Category> = new Set(['billing', 'subscription', 'dispute', 'fraud']);
const cloudProducts: ReadonlySet<Product> = new Set(['azure', 'm365', 'dynamics365']);

const isCloud = (product: Product): boolean => cloudProducts.has(product);
const isCommercial = (category: Category): boolean => commercialCategories.has(category);

export function decide(facts: Facts): DecisionOutcome {
  const { product, category, tenant } = facts;
  if (product === undefined) return { part: ask(askFact('product')) };
  // R1: Microsoft does not support commercial-marketplace products.
  if (product === 'marketplace') {
    return { part: { decision: 'contact-isv', vehicle: 'isv', steps: isvSteps, rules: ['R1'] } };
  }
  if (category === undefined) return { part: ask(askFact('category')) };
  // The tenant shapes every cloud answer (where to look, who files), so it comes next.
  if (isCloud(product) && tenant === undefined) return { part: ask(askFact('tenant')) };
  // R2: commercial issues escalate with no service-health or troubleshooting step first.
  if (isCommercial(category)) {
    return {
      part: { decision: 'escalate', severity: 'non-break-fix', rules: ['R2'], caveats: [caveats.commercialIncluded] },
      next: { route: 'commercial', product, category },
    };
  }
  // R8: on-premises products go to Microsoft Product Support (R14), never a CSP request.
  // (A cloud product has its tenant by now; the second test only narrows the type.)
  if (product === 'onprem' || tenant === undefined) {
    return {
      part: { decision: 'escalate', rules: ['R8'], caveats: [caveats.onpremNotCsp] },
      next: { route: 'onprem', product, category },
    };
  }
  if (category === 'advisory') {
    // R7: inside the entitlement but not break-fix.
    return {
      part: { decision: 'escalate', severity: 'non-break-fix', rules: ['R7'], caveats: [caveats.advisoryDeeperHelp] },
      next: { route: 'advisory', product, category },
    };
  }
  return decideBreakFix(facts, product, tenant);
}

/** R3–R6 for a technical problem with a cloud service. */
function decideBreakFix(facts: Facts, product: Product, tenant: 'customer' | 'own'): DecisionOutcome {
  const { serviceHealth, nature } = facts;
  if (serviceHealth === undefined) return { part: ask(askFact('serviceHealth')) };
  if (serviceHealth === 'not-checked') {
    // R3: ask again so the user can report what service health showed in one click.
    return {
      part: {
        decision: 'check-service-health',
        steps: serviceHealthSteps(tenant, product),
        rules: ['R3'],
        question: askFact('serviceHealth'),
      },
    };
  }
  if (serviceHealth === 'known-incident') {
    return {
      part: {
        decision: 'known-incident',
        steps: knownIncidentSteps,
        rules: ['R4'],
        caveats: [caveats.incidentReminder],
      },
    };
  }
  if (nature === undefined) return { part: ask(askFact('nature')) };
  if (nature === 'configuration') {
    return { part: { decision: 'resolve-yourself', steps: resolveYourselfSteps(tenant, product), rules: ['R5'] } };
  }
  // R6: undocumented, unavailable, bug, network and regional issues are Microsoft's to fix.
  return {
    part: { decision: 'escalate', rules: ['R6'] },
    next: { route: 'break-fix', product, category: 'technical' },
  };
}
