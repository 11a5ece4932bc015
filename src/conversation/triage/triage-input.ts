/**
 * What a user's turn means to the triage dialog: a clicked card button
 * (validated with zod), a control word (back, start over) or a typed answer.
 */
import { z } from 'zod';
import { serviceHealthSchema } from '../../domain/facts';
import { normaliseText } from '../commands';
import { questionKeySchema } from './triage-state';

export const triageActionSchema = z.discriminatedUnion('triage', [
  z.object({
    triage: z.literal('answer'),
    /** Named `question`, not `key`: the Agents Playground cannot submit data with a `key` property. */
    question: questionKeySchema,
    /** A single-answer button carries its option id. */
    value: z.string().max(100).optional(),
    /** A multi-select submits its comma-separated choices under the input's id. */
    choice: z.string().max(500).optional(),
  }),
  z.object({ triage: z.literal('change'), question: questionKeySchema }),
  z.object({ triage: z.literal('back') }),
  z.object({ triage: z.literal('restart') }),
  /** R3: the one click back from "check service health first". */
  z.object({ triage: z.literal('health'), value: serviceHealthSchema }),
  /** `check`: the finished check the card shows; `by`: whose it is (both absent on cards from before they were added). */
  z.object({
    triage: z.literal('filed'),
    srNumber: z.string().max(200).optional(),
    check: z.string().max(100).optional(),
    by: z.string().max(200).optional(),
  }),
]);
export type TriageAction = z.infer<typeof triageActionSchema>;

export type TriageInput = TriageAction | { triage: 'text'; text: string } | { triage: 'resume' } | { triage: 'invalid' };

const backWords = new Set(['back', 'go back', 'previous', '뒤로', '이전', '이전으로']);
const restartWords = new Set(['start over', 'restart', 'reset', '처음부터', '다시 시작', '처음으로']);
const resumeWords = new Set(['resume', 'go back to the first check', '재개', '이전 검토로', '원래 검토로']);

/** Interpret a turn: card data when it is triage data, else the typed text. */
export function triageInputOf(value: unknown, text: string): TriageInput {
  if (value !== undefined && value !== null && typeof value === 'object' && 'triage' in value) {
    const parsed = triageActionSchema.safeParse(value);
    return parsed.success ? parsed.data : { triage: 'invalid' };
  }
  const normalised = normaliseText(text);
  if (backWords.has(normalised)) return { triage: 'back' };
  if (restartWords.has(normalised)) return { triage: 'restart' };
  if (resumeWords.has(normalised)) return { triage: 'resume' };
  return { triage: 'text', text };
}
