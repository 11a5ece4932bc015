/**
 * Support requests in Cosmos DB (container `requests`, partition key
 * `/tenantId`). Every read is tenant-scoped, every document is checked with
 * zod going in and coming out, and every update is an ETag-conditional
 * replace: a lost race re-reads and re-applies the change once, so two people
 * acting at once either both succeed or the second learns what happened.
 */
import type { Container, ItemDefinition } from '@azure/cosmos';
import type { ChangeResult, Rejection } from '../domain/requests/lifecycle';
import { supportRequestSchema, type RequestStatus, type SupportRequest } from '../domain/requests/support-request';
import type { Logger } from '../log';
import { isAlreadyThere } from './cosmos-errors';
import { withDeadline } from './deadline';

/** Whose open requests to list: one user's, or one team's, always inside one tenant. */
export type RequestScope =
  | { readonly tenantId: string; readonly userId: string }
  | { readonly tenantId: string; readonly teamId: string };

export interface StoredRequest {
  readonly request: SupportRequest;
  readonly etag: string;
  /** The document as stored, so fields this schema version does not know survive a replace. */
  readonly raw: ItemDefinition;
}

/** Cosmos system properties: never written back. */
const systemFields: ReadonlySet<string> = new Set(['_rid', '_self', '_etag', '_attachments', '_ts']);
const schemaFields: ReadonlySet<string> = new Set(Object.keys(supportRequestSchema.shape));

/** Stored fields the schema does not know (a newer version wrote them): kept as they are. */
function unknownFields(raw: ItemDefinition): ItemDefinition {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !systemFields.has(key) && !schemaFields.has(key))) as ItemDefinition;
}

/** A change to apply to the request as it is stored now (called again with the fresh document after a lost race). */
export type Mutation = (current: SupportRequest) => ChangeResult;

export type UpdateResult =
  | { readonly kind: 'updated'; readonly request: SupportRequest; readonly previous: SupportRequest; readonly retried: boolean }
  /** The change does not apply to the document as it is; `raced` when it changed under us meanwhile. */
  | { readonly kind: 'rejected'; readonly request: SupportRequest; readonly rejection: Rejection; readonly raced: boolean }
  /** Lost the race twice: `request` is the freshest document read. */
  | { readonly kind: 'conflict'; readonly request: SupportRequest }
  | { readonly kind: 'not-found' };

function statusCode(err: unknown): number | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

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
  async createIfAbsent(request: SupportRequest): Promise<{ readonly created: boolean; readonly request: SupportRequest }> {
    const document = supportRequestSchema.parse(request);
    try {
      await withDeadline((deadline) => this.container.items.create(document, deadline));
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
    const resource = await this.readDocument(tenantId, id);
    if (resource === undefined) return undefined;
    const request = this.validated(resource);
    if (request === undefined || request.tenantId !== tenantId) return undefined;
    return { request, etag: resource._etag as string, raw: resource };
  }

  /**
   * Applies `mutate` with an ETag-conditional replace. On 412 (someone wrote
   * first) it re-reads and re-applies once when the change still applies.
   */
  async update(tenantId: string, id: string, mutate: Mutation): Promise<UpdateResult> {
    const stored = await this.get(tenantId, id);
    if (stored === undefined) return { kind: 'not-found' };
    const first = await this.tryApply(stored, mutate, false);
    if (first !== 'lost') return first;
    const fresh = await this.get(tenantId, id);
    if (fresh === undefined) return { kind: 'not-found' };
    const second = await this.tryApply(fresh, mutate, true);
    if (second !== 'lost') return second;
    const freshest = await this.get(tenantId, id);
    return freshest === undefined ? { kind: 'not-found' } : { kind: 'conflict', request: freshest.request };
  }

  private async tryApply(stored: StoredRequest, mutate: Mutation, retried: boolean): Promise<UpdateResult | 'lost'> {
    const result = mutate(stored.request);
    if (!result.ok) return { kind: 'rejected', request: stored.request, rejection: result.rejection, raced: retried };
    if (!(await this.replace(stored, result.request))) return 'lost';
    return { kind: 'updated', request: result.request, previous: stored.request, retried };
  }

  /** Not resolved or cancelled, soonest deadline first; requests without a deadline last, oldest first. */
  async listActive(scope: RequestScope, statuses: readonly RequestStatus[]): Promise<SupportRequest[]> {
    const [field, value] = 'userId' in scope ? ['c.requestedBy.id', scope.userId] : ['c.teamId', scope.teamId];
    // The tenant filter belongs in WHERE: the embedded server ignores the partitionKey option.
    const { resources } = await withDeadline((deadline) =>
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
          { partitionKey: scope.tenantId, ...deadline },
        )
        .fetchAll(),
    );
    return resources
      .map((resource) => this.validated(resource))
      .filter((request): request is SupportRequest => request !== undefined && request.tenantId === scope.tenantId)
      .sort(byDeadline);
  }

  private async readDocument(tenantId: string, id: string): Promise<ItemDefinition | undefined> {
    try {
      const { resource } = await withDeadline((deadline) => this.container.item(id, tenantId).read<ItemDefinition>(deadline));
      return resource;
    } catch (err) {
      if (statusCode(err) === 404) return undefined;
      throw err;
    }
  }

  /** False when the ETag no longer matches (someone else wrote first). */
  private async replace(stored: StoredRequest, next: SupportRequest): Promise<boolean> {
    if (next.id !== stored.request.id || next.tenantId !== stored.request.tenantId) {
      throw new Error('a request update must keep its id and tenant');
    }
    // Schema fields come only from `next`, so a field it dropped is dropped in the store too.
    const document = { ...unknownFields(stored.raw), ...supportRequestSchema.parse(next) };
    try {
      await withDeadline((deadline) =>
        this.container.item(next.id, next.tenantId).replace(document, {
          accessCondition: { type: 'IfMatch', condition: stored.etag },
          ...deadline,
        }),
      );
      return true;
    } catch (err) {
      if (statusCode(err) === 412) return false;
      throw err;
    }
  }

  /** The stored document as a request; a corrupt one is logged and treated as absent, never a crash. */
  private validated(resource: ItemDefinition): SupportRequest | undefined {
    const parsed = supportRequestSchema.safeParse(resource);
    if (parsed.success) return parsed.data;
    this.log.error(
      { requestId: resource.id, tenantId: resource['tenantId'], issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) },
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
