/**
 * The assessment engine: given what is known about one customer problem and
 * the partner's profile, decide whether and how to escalate (rulebook §3–§5).
 * Pure and language-neutral; `describeAssessment` renders it in en or ko.
 */
import { decide } from './assessment/decision';
import { merge, type Part } from './assessment/part';
import { isCspVehicle, responsePart, supportLanguageOf } from './assessment/response';
import { inRulebookOrder, sourcesOf } from './assessment/rules';
import type { Assessment } from './assessment/types';
import { chooseVehicle } from './assessment/vehicle';
import type { Facts, Profile } from './facts';
import { responseTarget } from './severity';

export type { Assessment, Caveat, Decision, Param, RuleId, Step, Vehicle } from './assessment/types';
export type { Question, QuestionKey, OptionId } from './assessment/questions';
export { factOptions, profileOptions, multipleChoice, optionIds, optionsOf, optionValue } from './assessment/questions';
export {
  describeAssessment,
  describeLine,
  describeQuestion,
  type AssessmentText,
  type QuestionText,
} from './assessment/describe';

export function assess(facts: Facts, profile: Profile): Assessment {
  const part = collect(facts, profile);
  const rules = inRulebookOrder([...(part.rules ?? []), ...(part.caveats ?? []).map((c) => c.rule)]);
  // R21: the documents give response targets for the CSP support entitlement only.
  const target =
    part.decision === 'escalate' && part.severity !== undefined && isCspVehicle(part.vehicle)
      ? responseTarget(part.severity)
      : undefined;
  return {
    decision: part.decision,
    severity: part.severity,
    responseTarget: target,
    supportLanguage: supportLanguageOf(facts, profile),
    vehicle: part.vehicle,
    steps: part.steps ?? [],
    caveats: part.caveats ?? [],
    rules,
    sources: sourcesOf(rules),
    nextQuestion: part.question,
    // R3: preview the answer as it will be once service health shows nothing.
    preview:
      part.decision === 'check-service-health' ? assess({ ...facts, serviceHealth: 'not-listed' }, profile) : undefined,
  };
}

/** Runs the stages in order and stops at the first that needs an unknown fact. */
function collect(facts: Facts, profile: Profile): Part {
  const { part, next } = decide(facts);
  if (next === undefined) return part;
  const vehicle = merge(part, chooseVehicle(next.route, next.product, facts, profile));
  if (vehicle.question !== undefined) return vehicle;
  return merge(vehicle, responsePart(next.category, facts, profile, vehicle));
}
