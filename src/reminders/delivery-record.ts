/**
 * The idempotency record of one reminder to one target (R27): a document
 * `reminder:<requestId>:<seq>:<target>` in the requests container, created
 * with `items.create` (409 when it exists) before the first send and marked
 * `sent` with the activity id right after it. An instance that takes over a
 * request whose holder crashed finds it and does not post a second card.
 *
 * The window it cannot close: from the moment the post
 * leaves until the record says `sent`. Teams may accept the post at any point
 * of the connector round trip, before its answer arrives, so the window is
 * the whole round trip plus one Cosmos write — about 2 s measured against
 * the stand-in here, up to the post's deadline (`sendTimeoutMs`, 10 s) with
 * a slow connector — not milliseconds. A holder that crashes in it, or a
 * post whose answer does not come before its deadline, leaves the record
 * `sending` (or `failed`), and the next holder posts again: a possible
 * duplicate is preferred to a possibly lost reminder. The Bot Connector
 * takes no idempotency key, so nothing on our side can narrow it further.
 */
import { z } from 'zod';
import { reminderKindSchema } from '../domain/requests/support-request';
import { changedMeanwhile } from '../store/conflicts';
import type { RequestsRepository } from '../store/requests-repository';

export const deliveryTargetSchema = z.enum(['thread', 'escalation']);
export type DeliveryTargetName = z.infer<typeof deliveryTargetSchema>;

export const deliveryRecordSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.literal('reminder-delivery'),
  requestId: z.string(),
  seq: z.number().int().nonnegative(),
  kind: reminderKindSchema,
  target: deliveryTargetSchema,
  /** sending: a post may be under way or may have happened; failed: the connector refused every try. */
  state: z.enum(['sending', 'sent', 'failed']),
  owner: z.string(),
  activityId: z.string().optional(),
  conversationId: z.string().optional(),
  reason: z.string().optional(),
  updatedAt: z.iso.datetime(),
  /** Seconds; honoured where the container has TTL enabled (real Cosmos with defaultTtl -1). */
  ttl: z.number().int().positive(),
});
export type DeliveryRecord = z.infer<typeof deliveryRecordSchema>;

const recordTtlSeconds = 90 * 24 * 3600;

export interface DeliveryKey {
  readonly tenantId: string;
  readonly requestId: string;
  readonly seq: number;
  readonly kind: DeliveryRecord['kind'];
  readonly target: DeliveryTargetName;
}

export function deliveryRecordId(key: Pick<DeliveryKey, 'requestId' | 'seq' | 'target'>): string {
  return `reminder:${key.requestId}:${key.seq}:${key.target}`;
}

export interface OpenRecord {
  readonly record: DeliveryRecord;
  readonly etag: string;
  /** The state found: none (new), or what an earlier holder left. */
  readonly found: 'none' | DeliveryRecord['state'];
}

async function write(
  requests: RequestsRepository,
  record: DeliveryRecord,
  etag: string,
): Promise<{ record: DeliveryRecord; etag: string } | 'conflict'> {
  const written = await requests.replaceDocument(record, etag);
  return written === changedMeanwhile || written === 'gone' ? 'conflict' : { record, etag: written.etag };
}

/**
 * Create the record as `sending`, or take over an earlier one. Returns
 * 'busy' when another instance changed it at the same moment (two live
 * holders: only possible after a lease expired under a slow holder).
 */
export async function openDeliveryRecord(
  requests: RequestsRepository,
  key: DeliveryKey,
  owner: string,
  now: Date,
): Promise<OpenRecord | 'busy'> {
  const record: DeliveryRecord = {
    id: deliveryRecordId(key),
    type: 'reminder-delivery',
    ...key,
    state: 'sending',
    owner,
    updatedAt: now.toISOString(),
    ttl: recordTtlSeconds,
  };
  const created = await requests.createDocument(record);
  if (created !== 'exists') return { record, etag: created.etag, found: 'none' };
  const stored = await requests.readDocument(key.tenantId, record.id);
  if (stored === undefined) return 'busy';
  const earlier = deliveryRecordSchema.parse(stored.document);
  if (earlier.state === 'sent') return { record: earlier, etag: stored.etag, found: 'sent' };
  const taken = await write(
    requests,
    { ...earlier, state: 'sending', owner, updatedAt: record.updatedAt },
    stored.etag,
  );
  return taken === 'conflict' ? 'busy' : { ...taken, found: earlier.state };
}

export type RecordClose =
  | { readonly state: 'sent'; readonly activityId: string; readonly conversationId: string }
  | { readonly state: 'failed'; readonly reason: string };

/** Settle the record; tries a few times, since a lost `sent` is the one thing that can cause a duplicate. */
export async function closeDeliveryRecord(
  requests: RequestsRepository,
  open: OpenRecord,
  close: RecordClose,
  now: Date,
  tries = 3,
): Promise<boolean> {
  const record: DeliveryRecord = { ...open.record, ...close, updatedAt: now.toISOString() };
  for (let attempt = 1; ; attempt++) {
    try {
      return (await write(requests, record, open.etag)) !== 'conflict';
    } catch (err) {
      if (attempt >= tries) throw err;
    }
  }
}
