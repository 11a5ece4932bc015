/**
 * The idempotency record of one reminder to one target (R27): a document
 * `reminder:<requestId>:<seq>:<target>` in the requests container, created
 * with `items.create` (409 when it exists) before the first send and marked
 * `sent` with the activity id right after it. An instance that takes over a
 * request whose holder crashed finds it and does not post a second card.
 *
 * The window it cannot close: the holder crashes after Teams accepted the
 * post and before the record says `sent` (one Cosmos write, milliseconds).
 * The record then still says `sending`; the next holder sends again — a
 * possible duplicate is preferred to a possibly lost reminder.
 */
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { reminderKindSchema } from '../domain/requests/support-request';
import { cosmosCode } from './stored-request';

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

async function write(container: Container, record: DeliveryRecord, etag: string): Promise<{ record: DeliveryRecord; etag: string } | 'conflict'> {
  try {
    const { resource } = await container
      .item(record.id, record.tenantId)
      .replace(record, { accessCondition: { type: 'IfMatch', condition: etag } });
    return { record, etag: String(resource!._etag) };
  } catch (err) {
    if (cosmosCode(err) === 412) return 'conflict';
    throw err;
  }
}

/**
 * Create the record as `sending`, or take over an earlier one. Returns
 * 'busy' when another instance changed it at the same moment (two live
 * holders: only possible after a lease expired under a slow holder).
 */
export async function openDeliveryRecord(container: Container, key: DeliveryKey, owner: string, now: Date): Promise<OpenRecord | 'busy'> {
  const record: DeliveryRecord = {
    id: deliveryRecordId(key),
    type: 'reminder-delivery',
    ...key,
    state: 'sending',
    owner,
    updatedAt: now.toISOString(),
    ttl: recordTtlSeconds,
  };
  try {
    const { resource } = await container.items.create(record);
    return { record, etag: String(resource!._etag), found: 'none' };
  } catch (err) {
    if (cosmosCode(err) !== 409) throw err;
  }
  const { resource } = await container.item(record.id, key.tenantId).read<DeliveryRecord & { _etag: string }>();
  if (resource === undefined) return 'busy';
  const earlier = deliveryRecordSchema.parse(resource);
  if (earlier.state === 'sent') return { record: earlier, etag: resource._etag, found: 'sent' };
  const taken = await write(container, { ...earlier, state: 'sending', owner, updatedAt: record.updatedAt }, resource._etag);
  return taken === 'conflict' ? 'busy' : { ...taken, found: earlier.state };
}

export type RecordClose =
  | { readonly state: 'sent'; readonly activityId: string; readonly conversationId: string }
  | { readonly state: 'failed'; readonly reason: string };

/** Settle the record; tries a few times, since a lost `sent` is the one thing that can cause a duplicate. */
export async function closeDeliveryRecord(container: Container, open: OpenRecord, close: RecordClose, now: Date, tries = 3): Promise<boolean> {
  const record: DeliveryRecord = { ...open.record, ...close, updatedAt: now.toISOString() };
  for (let attempt = 1; ; attempt++) {
    try {
      return (await write(container, record, open.etag)) !== 'conflict';
    } catch (err) {
      if (attempt >= tries) throw err;
    }
  }
}
