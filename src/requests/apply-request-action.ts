/**
 * One press of a request card's button: parse the data, apply the
 * change with an ETag-conditional write, and answer with the card to show in
 * place and a short text. Bad data changes nothing; another tenant's id reads
 * as "not found"; a lost race is retried once and otherwise explained with the
 * fresh card. Free of Bot Framework types: the bot maps the outcome to an
 * `adaptiveCard/action` response or a message.
 */
import type { AdaptiveCardJson } from '../cards/render-card';
import { requestCard, type CardNotice } from '../cards/request-card';
import { severityShort, shortTime, statusLabel } from '../cards/request-display';
import type { ChangeKind, Rejection, RequestChange } from '../domain/requests/lifecycle';
import { applyChange } from '../domain/requests/lifecycle';
import type { Person, SupportRequest } from '../domain/requests/support-request';
import type { Language } from '../i18n';
import { whereToUpdateImpact } from '../i18n/request-labels';
import { requestText, type RequestTextKey } from '../i18n/request-texts';
import type { RequestsRepository } from '../store/requests-repository';
import { type ActionOrigin, mayActFrom } from './acted-from';
import { changeOf, parseRequestAction, type ActionProblem } from './request-action';

export interface ActionContext {
  /** The tenant the activity came from (conversation.tenantId): the only partition this action may touch. */
  readonly tenantId: string;
  /** The conversation the click came from: a request is acted on only where its cards live (acted-from.ts). */
  readonly origin: ActionOrigin;
  /** The tenant's escalation channel's conversation id, if one is set (read only when needed). */
  escalationChannelId(): Promise<string | undefined>;
  readonly actor: Person;
  /** The actor's language: the card and texts are rendered in it. */
  readonly language: Language;
  readonly now: Date;
}

export type RequestActionOutcome =
  /** Changed and stored: show `card` in place of the old one; `message` confirms what happened. */
  | {
      readonly kind: 'updated';
      readonly request: SupportRequest;
      readonly card: AdaptiveCardJson;
      readonly message: string;
    }
  /** `request.open`: nothing changed, here is the card. */
  | { readonly kind: 'shown'; readonly request: SupportRequest; readonly card: AdaptiveCardJson }
  /** The action no longer applies (someone changed the request first, or the card was stale): the fresh card says why. */
  | {
      readonly kind: 'conflict';
      readonly request: SupportRequest;
      readonly card: AdaptiveCardJson;
      readonly message: string;
    }
  /** The data was wrong; nothing changed. The current card (with the message on it) when the id named one of this tenant's requests. */
  | {
      readonly kind: 'invalid';
      readonly message: string;
      readonly request?: SupportRequest;
      readonly card?: AdaptiveCardJson;
    }
  /** No such request in this tenant; nothing about any other tenant is revealed. */
  | { readonly kind: 'not-found'; readonly message: string }
  /** The request exists, but its cards do not live in the conversation the click came from; nothing changed or shown. */
  | { readonly kind: 'elsewhere'; readonly message: string };

const problemKeys: Record<ActionProblem, RequestTextKey> = {
  malformed: 'invalid.malformed',
  verb: 'invalid.verb',
  requestId: 'invalid.requestId',
  severity: 'invalid.severity',
  number: 'invalid.number',
  minutes: 'invalid.minutes',
};

const actionNames: Record<ChangeKind, RequestTextKey> = {
  file: 'action.file',
  responded: 'action.responded',
  resolved: 'action.resolved',
  cancel: 'action.cancel',
  raiseSeverity: 'action.raiseSeverity',
  setNumber: 'action.setNumber',
  snooze: 'action.snooze',
};

function rejectionText(rejection: Rejection, kind: ChangeKind, request: SupportRequest, language: Language): string {
  switch (rejection.code) {
    case 'status':
      return requestText(language, 'conflict.status', {
        status: statusLabel(request, language),
        action: requestText(language, actionNames[kind]),
      });
    case 'severity-not-higher':
      return requestText(language, 'conflict.severity', { severity: severityShort(rejection.current, language) });
    case 'same-number':
      return requestText(language, 'conflict.sameNumber', { number: rejection.number });
  }
}

function confirmation(kind: ChangeKind, request: SupportRequest, language: Language): string {
  switch (kind) {
    case 'raiseSeverity':
      return requestText(language, 'done.raiseSeverity', {
        severity: severityShort(request.assessment.severity, language),
        where: whereToUpdateImpact(request, language),
      });
    case 'setNumber':
      return requestText(language, 'done.setNumber', { number: request.serviceRequestNumber ?? '' });
    case 'snooze':
      return requestText(language, 'done.snooze', {
        until: shortTime(request.reminders.snoozedUntil ?? request.updatedAt, request, language),
      });
    default:
      return requestText(language, `done.${kind}`);
  }
}

function notFound(language: Language): RequestActionOutcome {
  return { kind: 'not-found', message: requestText(language, 'notFound') };
}

/** The request when it may be acted on from here; otherwise the outcome that says why not. */
async function reachable(
  repo: RequestsRepository,
  ctx: ActionContext,
  requestId: string,
  readOnly: boolean,
): Promise<SupportRequest | RequestActionOutcome> {
  const stored = await repo.get(ctx.tenantId, requestId);
  if (stored === undefined) return notFound(ctx.language);
  if (
    mayActFrom(stored.request, ctx.origin, undefined, readOnly) ||
    mayActFrom(stored.request, ctx.origin, await ctx.escalationChannelId(), readOnly)
  ) {
    return stored.request;
  }
  return { kind: 'elsewhere', message: requestText(ctx.language, 'elsewhere') };
}

function isOutcome(value: SupportRequest | RequestActionOutcome): value is RequestActionOutcome {
  return 'kind' in value;
}

async function rejectData(
  repo: RequestsRepository,
  ctx: ActionContext,
  message: string,
  requestId: string | undefined,
): Promise<RequestActionOutcome> {
  const found = requestId === undefined ? undefined : await reachable(repo, ctx, requestId, true);
  if (found === undefined || isOutcome(found)) return { kind: 'invalid', message };
  const notice: CardNotice = { text: message, style: 'attention' };
  return { kind: 'invalid', message, request: found, card: requestCard(found, ctx.language, ctx.now, notice) };
}

async function show(repo: RequestsRepository, ctx: ActionContext, requestId: string): Promise<RequestActionOutcome> {
  const found = await reachable(repo, ctx, requestId, true);
  if (isOutcome(found)) return found;
  return { kind: 'shown', request: found, card: requestCard(found, ctx.language, ctx.now) };
}

async function change(
  repo: RequestsRepository,
  ctx: ActionContext,
  requestId: string,
  requested: RequestChange,
): Promise<RequestActionOutcome> {
  const result = await repo.update(ctx.tenantId, requestId, (current) =>
    applyChange(current, requested, ctx.actor, ctx.now),
  );
  const { language, now } = ctx;
  const kind = requested.kind;
  switch (result.kind) {
    case 'not-found':
      return notFound(language);
    case 'updated':
      return {
        kind: 'updated',
        request: result.request,
        card: requestCard(result.request, language, now),
        message: confirmation(kind, result.request, language),
      };
    case 'rejected':
    case 'conflict': {
      const raced = result.kind === 'conflict' || result.raced;
      const reason = result.kind === 'rejected' ? rejectionText(result.rejection, kind, result.request, language) : '';
      const message = [raced ? requestText(language, 'conflict.raced') : '', reason]
        .filter((part) => part !== '')
        .join(' ');
      const card = requestCard(result.request, language, now, { text: message, style: 'warning' });
      return { kind: 'conflict', request: result.request, card, message };
    }
  }
}

/** Handles the data of one request-card action (`Action.Execute` data or the `Action.Submit` value). */
export async function applyRequestAction(
  repo: RequestsRepository,
  ctx: ActionContext,
  data: unknown,
): Promise<RequestActionOutcome> {
  const parsed = parseRequestAction(data);
  if (!parsed.ok) {
    const message = requestText(ctx.language, problemKeys[parsed.problem], { verb: parsed.verb ?? '' });
    return rejectData(repo, ctx, message, parsed.requestId);
  }
  const requested = changeOf(parsed.action);
  if (requested === undefined) return show(repo, ctx, parsed.action.requestId);
  const found = await reachable(repo, ctx, parsed.action.requestId, false);
  if (isOutcome(found)) return found;
  return change(repo, ctx, parsed.action.requestId, requested);
}
