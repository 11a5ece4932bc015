/**
 * The `requests` container of Cosmos DB (partition key `/tenantId`): support
 * requests, and beside them each tenant's settings and the reminders'
 * delivery records. All its I/O goes through here, each call under the
 * store's call timeout (call-timeout.ts). Every request read is tenant-scoped, every request is
 * checked with zod going in and coming out, and every change is an
 * ETag-conditional replace retried on conflict (conflicts.ts): people and
 * reminder instances acting at once each get their change applied, or learn
 * why it no longer applies.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { ChangeResult, Rejection } from '../domain/requests/lifecycle';
import { supportRequestSchema, type RequestStatus, type SupportRequest } from '../domain/requests/support-request';
import type { Logger } from '../log';
import { withCallTimeout } from './call-timeout';
import { changedMeanwhile, type ChangedMeanwhile, retryOnConflict } from './conflicts';
import { isAlreadyThere, isChangedMeanwhile, isNotFound } from './cosmos-errors';

/** Whose open requests to list: one user's, or one team's, always inside one tenant. */
export type RequestScope =
  { readonly tenantId: string; readonly userId: string } | { readonly tenantId: string; readonly teamId: string };

export interface StoredRequest {
  readonly request: SupportRequest;
  readonly etag: string;
  /** The document as stored, so fields this schema version does not know survive a replace. */
  readonly raw: ItemDefinition;
}

/** Any other document of the container (tenant settings, delivery records), with its ETag. */
export interface StoredDocument {
  readonly document: Record<string, unknown>;
  readonly etag: string;
}

/** Cosmos system properties: never written back. */
const systemFields: ReadonlySet<string> = new Set(['_rid', '_self', '_etag', '_attachments', '_ts']);
const schemaFields: ReadonlySet<string> = new Set(Object.keys(supportRequestSchema.shape));

/** Stored fields the schema does not know (a newer version wrote them): kept as they are. */
function unknownFields(raw: ItemDefinition): ItemDefinition {
  return Object.fromEntries(
    Object.entries(raw).filter(([key]) => !systemFields.has(key) && !schemaFields.has(key)),
  ) as ItemDefinition;
}

/** A document without Cosmos' system properties, to write back. */
function withoutSystemFields(document: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !systemFields.has(key)));
}

/**
 * The one due query of the reminder scheduler (R27): filed requests whose
 * next reminder is due and that no live lease holds. `nextReminderAt` is a
 * top-level ISO string (its composite index is in cosmos-containers.json; ISO strings in one
 * format sort as time). Cross-partition by design: the scheduler serves
 * every tenant. Works on the embedded server too (TOP, ORDER BY, IS_DEFINED).
 */
export const dueRemindersQuery = [
  'SELECT TOP @limit * FROM c',
  "WHERE c.type = 'support-request'",
  'AND c.nextReminderAt != null AND c.nextReminderAt <= @now',
  "AND c.status = 'filed'",
  'AND (NOT IS_DEFINED(c.reminders.lease) OR c.reminders.lease.expiresAt < @now)',
  'ORDER BY c.nextReminderAt',
].join(' ');

/** A change to apply to the request as it is stored now (called again with the fresh document after a lost race). */
export type Mutation = (current: SupportRequest) => ChangeResult;

export type UpdateResult =
  | {
      readonly kind: 'updated';
      readonly request: SupportRequest;
      readonly previous: SupportRequest;
      readonly retried: boolean;
    }
  /** The change does not apply to the document as it is; `raced` when it changed under us meanwhile. */
  | {
      readonly kind: 'rejected';
      readonly request: SupportRequest;
      readonly rejection: Rejection;
      readonly raced: boolean;
    }
  /** Lost the race every time it was retried: `request` is the freshest document read. */
  | { readonly kind: 'conflict'; readonly request: SupportRequest }
  | { readonly kind: 'not-found' };

export class RequestsRepository {
  constructor(
    private readonly container: Container,
    private readonly log: Logger,
  ) {}

  /**
   * Stores a new request unless one with its id is already there: the id is
   * derived from what it was filed from (create-support-request.ts), so a
   * repeated click, a retry or a race finds the first one instead of adding
   * a second. One conditional create decides; there is no read-then-write gap.
   */
  async createIfAbsent(
    request: SupportRequest,
  ): Promise<{ readonly created: boolean; readonly request: SupportRequest }> {
    const document = supportRequestSchema.parse(request);
    try {
      await withCallTimeout((timeout) => this.container.items.create(document, timeout));
      return { created: true, request: document };
    } catch (err) {
      if (!isAlreadyThere(err)) throw err;
    }
    const existing = await this.get(document.tenantId, document.id);
    if (existing === undefined) throw new Error(`request ${document.id} exists but cannot be read back`);
    return { created: false, request: existing.request };
  }

  /** The request, only when it exists in this tenant and reads back valid. */
  async get(tenantId: string, id: string): Promise<StoredRequest | undefined> {
    // A point read in the tenant's partition: another tenant's id is simply not there.
    const resource = await this.readRaw(tenantId, id);
    if (resource === undefined) return undefined;
    const request = this.validated(resource);
    if (request === undefined || request.tenantId !== tenantId) return undefined;
    return { request, etag: resource._etag as string, raw: resource };
  }

  /**
   * Applies `mutate` with an ETag-conditional replace; when someone wrote
   * first, re-reads and re-applies it while the change still applies.
   */
  async update(tenantId: string, id: string, mutate: Mutation): Promise<UpdateResult> {
    let latest: SupportRequest | undefined;
    const result = await retryOnConflict(async (conflicts): Promise<UpdateResult | ChangedMeanwhile> => {
      const stored = await this.get(tenantId, id);
      if (stored === undefined) return { kind: 'not-found' };
      latest = stored.request;
      const change = mutate(stored.request);
      if (!change.ok)
        return { kind: 'rejected', request: stored.request, rejection: change.rejection, raced: conflicts > 0 };
      const written = await this.replaceIfUnchanged(stored, change.request);
      if (written === 'gone') return { kind: 'not-found' };
      if (written === changedMeanwhile) return changedMeanwhile;
      return { kind: 'updated', request: written.request, previous: stored.request, retried: conflicts > 0 };
    });
    return result === changedMeanwhile ? { kind: 'conflict', request: latest! } : result;
  }

  /**
   * The scheduler's changes (claim records, reminders sent): `change` returns
   * the request to write, or undefined when nothing (more) is to be written;
   * re-applied to the fresh document after a conflict. Undefined when the
   * request is gone.
   */
  async change(
    stored: StoredRequest,
    change: (request: SupportRequest) => SupportRequest | undefined,
  ): Promise<StoredRequest | undefined> {
    let current: StoredRequest | undefined = stored;
    const result = await retryOnConflict(async (conflicts) => {
      if (conflicts > 0) current = await this.get(stored.request.tenantId, stored.request.id);
      if (current === undefined) return undefined;
      const next = change(current.request);
      if (next === undefined) return current;
      const written = await this.replaceIfUnchanged(current, next);
      return written === 'gone' ? undefined : written;
    });
    if (result === changedMeanwhile)
      throw new Error(`request ${stored.request.id} kept changing under conditional writes`);
    return result;
  }

  /** Replaces the request only if nobody wrote it since it was read (its ETag). */
  async replaceIfUnchanged(
    stored: StoredRequest,
    next: SupportRequest,
  ): Promise<StoredRequest | ChangedMeanwhile | 'gone'> {
    if (next.id !== stored.request.id || next.tenantId !== stored.request.tenantId) {
      throw new Error('a request update must keep its id and tenant');
    }
    // Schema fields come only from `next`, so a field it dropped is dropped in the store too.
    const document = { ...unknownFields(stored.raw), ...supportRequestSchema.parse(next) };
    const written = await this.replaceDocument(document, stored.etag);
    return written === 'gone' || written === changedMeanwhile ? written : this.parse(written.document);
  }

  /** Filed requests due by `now` and not leased, earliest first; raw, so one bad document does not stop the rest. */
  async findDue(now: Date, limit: number): Promise<Record<string, unknown>[]> {
    const { resources } = await withCallTimeout((timeout) =>
      this.container.items
        .query<Record<string, unknown>>(
          {
            query: dueRemindersQuery,
            parameters: [
              { name: '@now', value: now.toISOString() },
              { name: '@limit', value: limit },
            ],
          },
          timeout,
        )
        .fetchAll(),
    );
    return resources;
  }

  /** A stored document as a request with its ETag; throws a zod error when it does not match the schema. */
  parse(raw: Record<string, unknown>): StoredRequest {
    return { raw, request: supportRequestSchema.parse(raw), etag: String(raw._etag) };
  }

  /**
   * Takes an invalid request out of the due set (nextReminderAt null) so it
   * cannot sit at the head of the due query for ever; false when it changed
   * meanwhile.
   */
  async quarantine(raw: Record<string, unknown>): Promise<boolean> {
    const written = await this.replaceDocument({ ...raw, nextReminderAt: null }, String(raw._etag));
    return typeof written !== 'string' && written !== changedMeanwhile;
  }

  /** Another document of the tenant's partition (settings, delivery records), if it is there. */
  async readDocument(tenantId: string, id: string): Promise<StoredDocument | undefined> {
    const resource = await this.readRaw(tenantId, id);
    return resource === undefined ? undefined : { document: resource, etag: String(resource._etag) };
  }

  /** Creates a document unless its id is taken: its ETag, or 'exists'. */
  async createDocument(document: Record<string, unknown>): Promise<StoredDocument | 'exists'> {
    try {
      const { resource } = await withCallTimeout((timeout) => this.container.items.create(document, timeout));
      return { document: resource!, etag: String(resource!._etag) };
    } catch (err) {
      if (isAlreadyThere(err)) return 'exists';
      throw err;
    }
  }

  /** Replaces a document only if it is still the one read with `etag`. */
  async replaceDocument(
    document: Record<string, unknown>,
    etag: string,
  ): Promise<StoredDocument | ChangedMeanwhile | 'gone'> {
    try {
      const { resource } = await withCallTimeout((timeout) =>
        this.container
          .item(String(document.id), String(document.tenantId))
          .replace<Record<string, unknown>>(withoutSystemFields(document), {
            accessCondition: { type: 'IfMatch', condition: etag },
            ...timeout,
          }),
      );
      return { document: resource!, etag: String(resource!._etag) };
    } catch (err) {
      if (isChangedMeanwhile(err)) return changedMeanwhile;
      if (isNotFound(err)) return 'gone';
      throw err;
    }
  }

  /** Not resolved or cancelled, soonest deadline first; requests without a deadline last, oldest first. */
  async listActive(scope: RequestScope, statuses: readonly RequestStatus[]): Promise<SupportRequest[]> {
    const [field, value] = 'userId' in scope ? ['c.requestedBy.id', scope.userId] : ['c.teamId', scope.teamId];
    // The tenant filter belongs in WHERE: the embedded server ignores the partitionKey option.
    const { resources } = await withCallTimeout((timeout) =>
      this.container.items
        .query<ItemDefinition>(
          {
            query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'support-request' AND ${field} = @value AND ARRAY_CONTAINS(@statuses, c.status)`,
            parameters: [
              { name: '@tenantId', value: scope.tenantId },
              { name: '@value', value },
              { name: '@statuses', value: [...statuses] },
            ],
          },
          { partitionKey: scope.tenantId, ...timeout },
        )
        .fetchAll(),
    );
    return resources
      .map((resource) => this.validated(resource))
      .filter((request): request is SupportRequest => request !== undefined && request.tenantId === scope.tenantId)
      .sort(byDeadline);
  }

  private async readRaw(tenantId: string, id: string): Promise<ItemDefinition | undefined> {
    try {
      const { resource } = await withCallTimeout((timeout) =>
        this.container.item(id, tenantId).read<ItemDefinition>(timeout),
      );
      return resource;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /** The stored document as a request; a corrupt one is logged and treated as absent, never a crash. */
  private validated(resource: ItemDefinition): SupportRequest | undefined {
    const parsed = supportRequestSchema.safeParse(resource);
    if (parsed.success) return parsed.data;
    this.log.error(
      {
        requestId: resource.id,
        tenantId: resource['tenantId'],
        issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
      },
      'stored support request is invalid; skipped',
    );
    return undefined;
  }
}

function byDeadline(a: SupportRequest, b: SupportRequest): number {
  if (a.deadline !== b.deadline) {
    if (a.deadline === undefined) return 1;
    if (b.deadline === undefined) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  return a.createdAt.localeCompare(b.createdAt);
}
