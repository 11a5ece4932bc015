/**
 * The answers to a Universal Action (Action.Execute) invoke, as Teams reads
 * them: the card that replaces the clicked one, a message shown instead of
 * it, or an error. botbuilder's AdaptiveCardInvokeResponse types every
 * value as an object, but a message's value is its text.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { adaptiveCardContentType, type AdaptiveCardJson } from '../cards/render-card';

export type CardActionResponse =
  | { readonly statusCode: 200; readonly type: typeof adaptiveCardContentType; readonly value: AdaptiveCardJson }
  | { readonly statusCode: 200; readonly type: 'application/vnd.microsoft.activity.message'; readonly value: string }
  | {
      readonly statusCode: 400;
      readonly type: 'application/vnd.microsoft.error';
      readonly value: { readonly code: 'BadRequest'; readonly message: string };
    };

export const cardResponse = (card: AdaptiveCardJson) =>
  ({ statusCode: 200, type: adaptiveCardContentType, value: card }) satisfies CardActionResponse;

export const messageResponse = (text: string) =>
  ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text }) satisfies CardActionResponse;

export const badRequestResponse = (message: string) =>
  ({
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message },
  }) satisfies CardActionResponse;

/** The one place the message's text value meets botbuilder's object-only type. */
export function toAdaptiveCardInvokeResponse(response: CardActionResponse): AdaptiveCardInvokeResponse {
  return response as AdaptiveCardInvokeResponse;
}
