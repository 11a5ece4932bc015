/**
 * A support request as read from Cosmos: the raw document (so fields this
 * module does not know survive a write), its validated form, and its ETag for
 * conditional writes.
 */
import type { Container } from '@azure/cosmos';
import { type SupportRequest, supportRequestSchema } from '../domain/requests/support-request';

export interface StoredRequest {
  readonly raw: Record<string, unknown>;
  readonly request: SupportRequest;
  readonly etag: string;
}

/** Cosmos system properties: never written back. */
const systemFields = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

export function cosmosCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** A stored document, validated; throws a zod error when it does not match the schema. */
export function storedRequest(raw: Record<string, unknown>): StoredRequest {
  return { raw, request: supportRequestSchema.parse(raw), etag: String(raw._etag) };
}

export async function readRequest(container: Container, id: string, tenantId: string): Promise<StoredRequest | undefined> {
  try {
    const { resource } = await container.item(id, tenantId).read<Record<string, unknown>>();
    return resource === undefined ? undefined : storedRequest(resource);
  } catch (err) {
    if (cosmosCode(err) === 404) return undefined;
    throw err;
  }
}

function document(stored: StoredRequest, request: SupportRequest): Record<string, unknown> {
  const raw = { ...stored.raw };
  for (const field of systemFields) delete raw[field];
  return { ...raw, ...supportRequestSchema.parse(request) };
}

/**
 * Replace the request only if nobody wrote it since it was read (ETag).
 * Returns the new stored state, or 'conflict' (412) / 'gone' (404).
 */
export async function replaceIfUnchanged(
  container: Container,
  stored: StoredRequest,
  request: SupportRequest,
): Promise<StoredRequest | 'conflict' | 'gone'> {
  try {
    const { resource } = await container
      .item(stored.request.id, stored.request.tenantId)
      .replace<Record<string, unknown>>(document(stored, request), { accessCondition: { type: 'IfMatch', condition: stored.etag } });
    return storedRequest(resource!);
  } catch (err) {
    if (cosmosCode(err) === 412) return 'conflict';
    if (cosmosCode(err) === 404) return 'gone';
    throw err;
  }
}

/**
 * Read-modify-write until the ETag matches: re-reads on 412 and re-applies
 * `change`, which returns undefined when there is nothing (left) to write.
 */
export async function updateRequest(
  container: Container,
  stored: StoredRequest,
  change: (request: SupportRequest) => SupportRequest | undefined,
  maxConflicts = 8,
): Promise<StoredRequest | undefined> {
  let current: StoredRequest | undefined = stored;
  for (let conflicts = 0; current !== undefined && conflicts <= maxConflicts; conflicts++) {
    const next = change(current.request);
    if (next === undefined) return current;
    const result = await replaceIfUnchanged(container, current, next);
    if (result === 'gone') return undefined;
    if (result !== 'conflict') return result;
    current = await readRequest(container, stored.request.id, stored.request.tenantId);
  }
  if (current === undefined) return undefined;
  throw new Error(`request ${stored.request.id} kept changing under ${maxConflicts} conditional writes`);
}
