/**
 * What the triage dialog remembers between turns (stored in the user's
 * private conversation state in Cosmos): the facts so far, which of them were
 * guessed from free text, and the answers in order so `back` can undo them.
 */
import { z } from 'zod';
import { factOptions, profileOptions, type Question, type QuestionKey } from '../../domain/assess';
import { factsSchema, languageSchema, profileSchema } from '../../domain/facts';

const questionKeys = [...Object.keys(factOptions), ...Object.keys(profileOptions)] as [QuestionKey, ...QuestionKey[]];
export const questionKeySchema = z.enum(questionKeys);

export const questionSchema: z.ZodType<Question> = z.union([
  z.object({ kind: z.literal('fact'), key: z.enum(Object.keys(factOptions) as [keyof typeof factOptions]) }),
  z.object({ kind: z.literal('profile'), key: z.enum(Object.keys(profileOptions) as [keyof typeof profileOptions]) }),
]);

/** The part of a check that belongs to one problem: kept aside when the user switches to a new problem mid-check. */
const checkSchema = z.object({
  facts: factsSchema,
  guessed: z.array(questionKeySchema).default([]),
  answered: z.array(questionSchema).default([]),
  title: z.string().max(300).optional(),
});

export const triageStateSchema = z.object({
  /** Which check this is; every button of its card carries it (a state stored before checks had ids reads as "legacy"). */
  check: z.string().max(40).default('legacy'),
  /** How many cards the check has drawn; a button carries the step of its card, so an out-of-date click is known. */
  step: z.number().int().nonnegative().default(0),
  /** The message that shows the check's card, to redraw it in place after a typed answer (absent when replies are buffered). */
  cardActivityId: z.string().max(200).optional(),
  facts: factsSchema,
  /** Fact keys the free-text reader suggested: shown as "I understood" with a change button. */
  guessed: z.array(questionKeySchema).default([]),
  /** Every question answered in this check, oldest first; `back` pops the last. */
  answered: z.array(questionSchema).default([]),
  /** The question on the last card sent, so a typed answer knows what it answers. */
  pending: questionSchema.optional(),
  /** The first line of the message that started the check: the request's title if it is filed. */
  title: z.string().max(300).optional(),
  /**
   * The partner profile and the bot's language as the check began, with this
   * check's profile answers applied: a turn of the check reads only this
   * document, and the answers reach the user's profile when the check ends.
   */
  profile: profileSchema,
  language: languageSchema,
  /** The check the user left for a new problem mid-check: resumed on "resume" or when this one ends (nothing is lost). */
  previous: checkSchema.optional(),
  /** Who started the check (shown on cards in group chats). */
  requester: z.object({ id: z.string(), name: z.string() }),
});

export type TriageState = z.infer<typeof triageStateSchema>;

/** What a finished check leaves behind (see LastTriage), read back with zod: an old or damaged one is simply gone. */
export const lastTriageSchema = triageStateSchema
  .pick({ check: true, step: true, facts: true, guessed: true, requester: true, title: true, language: true })
  .extend({
    tracked: z
      .object({ requestId: z.string().max(100), title: z.string().max(300), deadline: z.string().max(100).optional() })
      .optional(),
  });
