/**
 * The Bot Connector client botbuilder hands a turn (or a proactive
 * continuation), and the limits put on it: no built-in retries, and a
 * deadline on every call (issue 16, item 16) — a connector that never
 * answers must not hold a turn, a reminder tick or a shutdown.
 */
import type { Activity } from 'botbuilder';

/** The slice of botframework-connector's ConnectorClient we call (a transitive package, so typed here). */
export interface ConnectorClient {
  readonly conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
    replyToActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
    updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  };
}

interface PipelineRequest {
  abortSignal?: AbortSignal;
}

interface PipelinePolicy {
  readonly name: string;
  sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown>;
}

interface Pipeline {
  addPolicy(policy: PipelinePolicy): void;
  removePolicy(policy: { name: string }): unknown;
}

/** The client's HTTP pipeline (@azure/core-rest-pipeline): not part of the typed API, hence the probe. */
function pipelineOf(client: unknown): Pipeline | undefined {
  return (client as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
}

/**
 * The connector client's own pipeline retries 429/5xx three times with its own
 * delays; the scheduler retries instead, so attempts stay counted and inside
 * the lease (R27).
 */
export function withoutBuiltInRetries(client: unknown): void {
  pipelineOf(client)?.removePolicy({ name: 'defaultRetryPolicy' });
}

const deadlinePolicy = 'escalation-advisor-deadline';

/**
 * Every HTTP call of this client is aborted after `timeoutMs` (the timer is
 * cleared when the call ends). The caller sees the abort as a failure of that
 * one call; the returned function says whether a call ran out of time.
 */
export function limitCalls(client: unknown, timeoutMs: number): () => boolean {
  let timedOut = false;
  const pipeline = pipelineOf(client);
  if (pipeline === undefined) return () => timedOut;
  pipeline.removePolicy({ name: deadlinePolicy });
  pipeline.addPolicy({
    name: deadlinePolicy,
    async sendRequest(request, next) {
      const controller = new AbortController();
      const abort = (reason: unknown) => controller.abort(reason);
      const timer = setTimeout(() => {
        timedOut = true;
        abort(new DOMException(`no answer from the Bot Connector within ${timeoutMs} ms`, 'TimeoutError'));
      }, timeoutMs);
      const upstream = request.abortSignal;
      const listener = () => abort(upstream?.reason);
      if (upstream?.aborted) listener();
      else upstream?.addEventListener('abort', listener, { once: true });
      // The request is the pipeline's own object (a class): its signal is swapped, not the object copied.
      request.abortSignal = controller.signal;
      try {
        return await next(request);
      } finally {
        clearTimeout(timer);
        upstream?.removeEventListener('abort', listener);
      }
    },
  });
  return () => timedOut;
}
