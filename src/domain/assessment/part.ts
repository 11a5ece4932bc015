/**
 * A piece of an assessment as one stage (decision, vehicle, severity,
 * language) produces it. Stages run in order; the first that needs an
 * unknown fact sets `question` and the later ones do not run.
 */
import type { Severity } from '../severity';
import type { Question } from './questions';
import type { Caveat, Decision, RuleId, Step, Vehicle } from './types';

export interface Part {
  readonly decision?: Decision;
  readonly severity?: Severity;
  readonly vehicle?: Vehicle;
  readonly steps?: readonly Step[];
  readonly caveats?: readonly Caveat[];
  /** Rules behind the decision or steps; each caveat's own rule is added to the answer's rules anyway. */
  readonly rules?: readonly RuleId[];
  readonly question?: Question;
}

/** Later parts refine earlier ones: their defined scalars win, their lists are appended. */
export function merge(...parts: readonly Part[]): Part {
  return parts.reduce<Part>(
    (sum, part) => ({
      ...sum,
      ...Object.fromEntries(Object.entries(part).filter(([, value]) => value !== undefined)),
      steps: [...(sum.steps ?? []), ...(part.steps ?? [])],
      caveats: [...(sum.caveats ?? []), ...(part.caveats ?? [])],
      rules: [...(sum.rules ?? []), ...(part.rules ?? [])],
    }),
    {},
  );
}

export const ask = (question: Question): Part => ({ question });
