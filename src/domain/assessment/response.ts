/**
 * Severity and initial response (rulebook §5) for an escalation whose vehicle
 * is known: severity from business impact (R21), the English-only caveat
 * (R22), and the CSP program notes (R23 no phone, R25 priority response).
 */
import type { Category, Facts, Language, Profile } from '../facts';
import { severityOf } from '../severity';
import { caveats } from './caveats';
import { ask, merge, type Part } from './part';
import { askFact } from './questions';
import type { Vehicle } from './types';

/** The vehicles that are the CSP support entitlement, whose targets the documents give (R21, [000]). */
const cspVehicles: ReadonlySet<Vehicle> = new Set([
  'csp-service-request',
  'commercial-service-request',
  'indirect-provider',
]);

export const isCspVehicle = (vehicle: Vehicle | undefined): boolean =>
  vehicle !== undefined && cspVehicles.has(vehicle);

/** R22: the conversation's language, else the profile's preference. */
export const supportLanguageOf = (facts: Facts, profile: Profile): Language | undefined =>
  facts.language ?? profile.supportLanguage;

export function responsePart(category: Category, facts: Facts, profile: Profile, sofar: Part): Part {
  if (sofar.decision !== 'escalate') return {};
  const severity = severityOf(category, facts.impact);
  if (severity === undefined) return ask(askFact('impact'));
  if (!isCspVehicle(sofar.vehicle)) return { severity, rules: ['R21'], caveats: [caveats.noDocumentedTarget] };
  const program: Part = {
    severity,
    rules: ['R21', 'R23', 'R25'],
    caveats: [caveats.noPhone, caveats.priorityResponse],
  };
  const language = supportLanguageOf(facts, profile);
  // The language picks the clock (R24), so it is asked before the answer is final.
  if (language === undefined) return merge(program, ask(askFact('language')));
  const clock: Part = severity === 'non-break-fix' || language !== 'en' ? { rules: ['R24'] } : {};
  const local: Part = language === 'en' ? {} : { caveats: [caveats.englishOnlyTargets] };
  return merge(program, local, clock);
}
