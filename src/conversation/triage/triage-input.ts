/**
 * What a user's turn means to the triage dialog: a clicked button of the
 * check's card (its verb's data, validated with zod), a control word (back,
 * start over) or a typed answer. Every button names the check and the step
 * its card showed, so a click on a card the check has moved past is known.
 */
import { z } from 'zod';
import { serviceHealthSchema } from '../../domain/facts';
import { wordForm } from '../../domain/text-tools/normalise';
import { questionKeySchema } from './triage-state';

const checkId = z.string().min(1).max(40);
/** Where the card's check stood when the card was drawn. */
const at = { check: checkId, step: z.coerce.number().int().nonnegative() };

export const triageVerbs = {
  'triage.answer': z.object({
    verb: z.literal('triage.answer'),
    ...at,
    /** Named `question`, not `key`: the Agents Playground cannot submit data with a `key` property. */
    question: questionKeySchema,
    /** A single-answer button carries its option id. */
    value: z.string().max(100).optional(),
    /** A multi-select submits its comma-separated choices under the input's id. */
    choice: z.string().max(500).optional(),
  }),
  'triage.change': z.object({ verb: z.literal('triage.change'), ...at, question: questionKeySchema }),
  'triage.back': z.object({ verb: z.literal('triage.back'), ...at }),
  'triage.restart': z.object({ verb: z.literal('triage.restart'), ...at }),
  'triage.cancel': z.object({ verb: z.literal('triage.cancel'), ...at }),
  /** "Show the current question here", from a card the check has moved past. */
  'triage.show': z.object({ verb: z.literal('triage.show'), check: checkId }),
  /** R3: the one click back from "check service health first". */
  'triage.health': z.object({ verb: z.literal('triage.health'), ...at, value: serviceHealthSchema }),
  'triage.filed': z.object({ verb: z.literal('triage.filed'), ...at, srNumber: z.string().max(200).optional() }),
} as const;

type QuestionKey = z.infer<typeof questionKeySchema>;

export type TriageVerb = keyof typeof triageVerbs;
export type TriageAction = { [V in TriageVerb]: z.infer<(typeof triageVerbs)[V]> }[TriageVerb];
/** A click on the card of a check under way. */
export type CheckStep = Extract<
  TriageAction,
  { verb: 'triage.answer' | 'triage.change' | 'triage.back' | 'triage.restart' | 'triage.health' }
>;

export type TriageInput =
  | { triage: 'answer'; question: QuestionKey; value?: string; choice?: string }
  | { triage: 'change'; question: QuestionKey }
  | { triage: 'back' }
  | { triage: 'restart' }
  | { triage: 'health'; value: z.infer<typeof serviceHealthSchema> }
  | { triage: 'text'; text: string }
  | { triage: 'resume' };

/** A click as the dialog's input. */
export function inputOfClick(action: CheckStep): TriageInput {
  switch (action.verb) {
    case 'triage.answer':
      return {
        triage: 'answer',
        question: action.question,
        ...(action.value === undefined ? {} : { value: action.value }),
        ...(action.choice === undefined ? {} : { choice: action.choice }),
      };
    case 'triage.change':
      return { triage: 'change', question: action.question };
    case 'triage.health':
      return { triage: 'health', value: action.value };
    case 'triage.back':
      return { triage: 'back' };
    case 'triage.restart':
      return { triage: 'restart' };
  }
}

const backWords = new Set(['back', 'go back', 'previous', '뒤로', '이전', '이전으로']);
const restartWords = new Set(['start over', 'restart', 'reset', '처음부터', '다시 시작', '처음으로']);
const resumeWords = new Set(['resume', 'go back to the first check', '재개', '이전 검토로', '원래 검토로']);

/** A typed turn: a control word, else an answer to read. */
export function inputOfText(text: string): TriageInput {
  const normalised = wordForm(text);
  if (backWords.has(normalised)) return { triage: 'back' };
  if (restartWords.has(normalised)) return { triage: 'restart' };
  if (resumeWords.has(normalised)) return { triage: 'resume' };
  return { triage: 'text', text };
}
