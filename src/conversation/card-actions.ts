/**
 * Every card button sends one payload shape, `{ verb: 'triage.answer', … }`,
 * and one table maps each verb to the zod schema of its data and its
 * handler, whether the click arrived as a Universal Action invoke
 * (Action.Execute) or as a message (Action.Submit). A handler either
 * returns the card that replaces the clicked one, or says it has replied.
 */
import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { AdaptiveCardJson } from '../cards/render-card';
import type { CardActionResponse } from './card-action-response';

export type CardReply =
  /** The card that takes the clicked card's place. */
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson }
  /** The handler posted what it had to say; the clicked card stays as it is. */
  | { readonly kind: 'replied' }
  /** The handler built the whole invoke response itself (request cards). */
  | { readonly kind: 'invoke'; readonly response: CardActionResponse };

export interface CardAction<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  handle(context: TurnContext, data: z.infer<S>): Promise<CardReply>;
}

/** Ties a handler to its schema so its data is typed. */
export function cardAction<S extends z.ZodType>(
  schema: S,
  handle: (context: TurnContext, data: z.infer<S>) => Promise<CardReply>,
): CardAction<S> {
  return { schema, handle };
}

export type CardActionTable = Readonly<Record<string, CardAction>>;

export type DispatchOutcome =
  | CardReply
  /** No verb, or one the table does not have: an old or forged card. */
  | { readonly kind: 'unknown'; readonly verb: string | undefined }
  /** A known verb whose data does not fit its schema. */
  | { readonly kind: 'invalid'; readonly verb: string; readonly problem: string };

export function verbOf(data: unknown): string | undefined {
  const verb = (data as { verb?: unknown } | null | undefined)?.verb;
  return typeof verb === 'string' ? verb.slice(0, 100) : undefined;
}

export async function dispatchCardAction(
  table: CardActionTable,
  context: TurnContext,
  data: unknown,
): Promise<DispatchOutcome> {
  const verb = verbOf(data);
  const action = verb === undefined || !Object.hasOwn(table, verb) ? undefined : table[verb];
  if (verb === undefined || action === undefined) return { kind: 'unknown', verb };
  const parsed = action.schema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', verb, problem: parsed.error.issues[0]?.message ?? 'invalid' };
  return action.handle(context, parsed.data);
}
