/**
 * Claiming a due request (R27): an ETag-conditional write that puts this
 * instance's lease on it. Two instances racing for one request: exactly one
 * write matches the ETag both read, the other gets 412 and moves on.
 */
import type { SupportRequest } from '../domain/requests/support-request';
import type { RequestsRepository, StoredRequest } from '../store/requests-repository';

export interface Lease {
  readonly owner: string;
  readonly expiresAt: string;
}

export function withLease(request: SupportRequest, lease: Lease): SupportRequest {
  return { ...request, reminders: { ...request.reminders, lease: { ...lease } } };
}

/** The request without `owner`'s lease; another owner's lease stays. */
export function withoutLease(request: SupportRequest, owner: string): SupportRequest {
  if (request.reminders.lease?.owner !== owner) return request;
  const { lease: _released, ...reminders } = request.reminders;
  return { ...request, reminders };
}

/** The claimed request, or undefined when another instance (or a user) wrote it first. */
export async function claimRequest(
  requests: RequestsRepository,
  stored: StoredRequest,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<StoredRequest | undefined> {
  const lease = { owner, expiresAt: new Date(now.getTime() + leaseMs).toISOString() };
  const result = await requests.replaceIfUnchanged(stored, withLease(stored.request, lease));
  return typeof result === 'object' ? result : undefined;
}
