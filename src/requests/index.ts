/** Tracked support requests: what the bot calls. */
export { applyRequestAction, type ActionContext, type RequestActionOutcome } from './apply-request-action';
export { recordCardActivity } from './card-activity';
export { createSupportRequest, type CreateOutcome, type NewSupportRequest } from './create-support-request';
export {
  isRequestActionData,
  parseRequestAction,
  requestActionSchema,
  requestVerbs,
  type RequestAction,
  type RequestVerb,
} from './request-action';
export { showStatus } from './show-status';
export { RequestsRepository, type RequestScope } from '../store/requests-repository';
