/**
 * The data a request card's buttons send back (`Action.Execute` data, or the
 * `Action.Submit` fallback's value): the verb, the request id and the inputs
 * of its show-card. Parsed with zod; anything else is named as one problem so
 * the user reads what was wrong and nothing is stored.
 */
import { z } from 'zod';
import type { RequestChange } from '../domain/requests/lifecycle';
import { serviceRequestNumberSchema } from '../domain/requests/support-request';

/** Our ids are UUIDs; anything outside this set never reaches Cosmos. */
export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

export const requestActionSchema = z.discriminatedUnion('verb', [
  /** Show the request card (from the status card). */
  z.object({ verb: z.literal('request.open'), requestId: requestIdSchema }),
  /** "I've filed it" on a draft. */
  z.object({ verb: z.literal('request.file'), requestId: requestIdSchema }),
  z.object({ verb: z.literal('request.responded'), requestId: requestIdSchema }),
  z.object({ verb: z.literal('request.resolved'), requestId: requestIdSchema }),
  z.object({ verb: z.literal('request.cancel'), requestId: requestIdSchema }),
  /**
   * `severity` comes from the show-card's Input.ChoiceSet; without it (a
   * reminder card's button) the request card is shown with the choices and
   * the R21 guidance.
   */
  z.object({
    verb: z.literal('request.raiseSeverity'),
    requestId: requestIdSchema,
    severity: z.enum(['A', 'B', 'C']).optional(),
  }),
  /** `number` comes from the show-card's Input.Text. */
  z.object({ verb: z.literal('request.setNumber'), requestId: requestIdSchema, number: serviceRequestNumberSchema }),
  z.object({
    verb: z.literal('request.snooze'),
    requestId: requestIdSchema,
    minutes: z.union([z.literal(30), z.literal(60)]),
  }),
]);

export type RequestAction = z.infer<typeof requestActionSchema>;
export type RequestVerb = RequestAction['verb'];

export const requestVerbs: readonly RequestVerb[] = requestActionSchema.options.map(
  (option) => option.shape.verb.value,
);

/** True for data meant for this module, so the bot can route Action.Submit messages here. */
export function isRequestActionData(data: unknown): boolean {
  const verb = (data as { verb?: unknown } | null | undefined)?.verb;
  return typeof verb === 'string' && verb.startsWith('request.');
}

/** What was wrong with the data, one problem at a time. */
export type ActionProblem = 'malformed' | 'verb' | 'requestId' | 'severity' | 'number' | 'minutes';

export type ParsedAction =
  | { readonly ok: true; readonly action: RequestAction }
  /** `requestId` is set when the data named a well-formed id, so the current card can be shown. */
  | { readonly ok: false; readonly problem: ActionProblem; readonly verb?: string; readonly requestId?: string };

const inputProblems: ReadonlySet<string> = new Set<ActionProblem>(['severity', 'number', 'minutes']);

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

export function parseRequestAction(data: unknown): ParsedAction {
  if (!isRecord(data) || typeof data['verb'] !== 'string') return { ok: false, problem: 'malformed' };
  const verb = data['verb'].slice(0, 60);
  const id = requestIdSchema.safeParse(data['requestId']);
  const known = id.success ? { requestId: id.data } : {};
  if (!(requestVerbs as readonly string[]).includes(verb)) return { ok: false, problem: 'verb', verb, ...known };
  if (!id.success) return { ok: false, problem: 'requestId', verb };
  const parsed = requestActionSchema.safeParse(data);
  if (parsed.success) return { ok: true, action: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  return { ok: false, problem: inputProblems.has(field) ? (field as ActionProblem) : 'malformed', verb, ...known };
}

/** The lifecycle change an action asks for; undefined when it only asks to see the card. */
export function changeOf(action: RequestAction): RequestChange | undefined {
  switch (action.verb) {
    case 'request.open':
      return undefined;
    case 'request.file':
      return { kind: 'file' };
    case 'request.responded':
      return { kind: 'responded' };
    case 'request.resolved':
      return { kind: 'resolved' };
    case 'request.cancel':
      return { kind: 'cancel' };
    case 'request.raiseSeverity':
      return action.severity === undefined ? undefined : { kind: 'raiseSeverity', severity: action.severity };
    case 'request.setNumber':
      return { kind: 'setNumber', number: action.number };
    case 'request.snooze':
      return { kind: 'snooze', minutes: action.minutes };
  }
}
