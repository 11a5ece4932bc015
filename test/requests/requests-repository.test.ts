/**
 * The requests repository over the embedded Cosmos server through the real
 * SDK: zod on write and read, tenant-scoped reads, conditional updates and
 * the open-request lists sorted by deadline.
 */
import assert from 'node:assert/strict';
import pino from 'pino';
import { applyChange, activeStatuses } from '../../src/domain/requests/lifecycle';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import { RequestsRepository } from '../../src/store/requests-repository';
import { azureFacts, draftRequest, kim, lee, openTestRequests, type TestRequests } from './request-fixtures';

const filedAt = (request: SupportRequest, iso: string): SupportRequest => {
  const result = applyChange(request, { kind: 'file' }, kim, new Date(iso));
  assert.ok(result.ok);
  return result.request;
};

function capturingLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { level: 'error' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { log, lines };
}

describe('requests repository (embedded Cosmos)', () => {
  let db: TestRequests;
  before(async () => {
    db = await openTestRequests();
  });
  after(() => db.close());

  it('creates and reads back a request, without Cosmos system fields', async () => {
    const { request } = await db.repo.createIfAbsent(draftRequest());
    const stored = await db.repo.get('tenant-a', request.id);
    assert.ok(stored);
    assert.deepEqual(stored.request, request);
    assert.ok(stored.etag.length > 0);
    assert.ok(!('_etag' in stored.request));
  });

  it('a request id from another tenant is not found', async () => {
    const { request } = await db.repo.createIfAbsent(draftRequest());
    assert.equal(await db.repo.get('tenant-b', request.id), undefined);
  });

  it('refuses to write an invalid document (zod on write), so nothing is stored', async () => {
    const bad = { ...draftRequest(), serviceRequestNumber: 'SR-123' } as SupportRequest;
    await assert.rejects(db.repo.createIfAbsent(bad));
    assert.equal(await db.repo.get('tenant-a', bad.id), undefined);
  });

  it('a corrupt stored document reads as absent and is logged, never a crash', async () => {
    const { log, lines } = capturingLog();
    const repo = new RequestsRepository(db.store.container('requests'), log);
    const corrupt = { ...draftRequest({ requestedBy: { id: 'u-corrupt', name: '' } }), status: 'lost-in-space' };
    await db.store.container('requests').items.create(corrupt);
    assert.equal(await repo.get('tenant-a', corrupt.id), undefined);
    const update = await repo.update('tenant-a', corrupt.id, (current) => ({ ok: true, request: current }));
    assert.deepEqual(update, { kind: 'not-found' });
    assert.ok(lines.some((line) => line['requestId'] === corrupt.id && String(line['msg']).includes('invalid')));
  });

  it('update: a stale change refused by the lifecycle is reported with the current document, nothing written', async () => {
    const { request } = await db.repo.createIfAbsent(draftRequest());
    const before = await db.repo.get('tenant-a', request.id);
    const result = await db.repo.update('tenant-a', request.id, (current) =>
      applyChange(current, { kind: 'responded' }, lee, new Date()),
    );
    assert.equal(result.kind, 'rejected');
    assert.deepEqual(await db.repo.get('tenant-a', request.id), before);
  });

  it('update keeps id and tenant: a mutation that moves the request to another tenant throws and writes nothing', async () => {
    const { request } = await db.repo.createIfAbsent(draftRequest());
    await assert.rejects(
      db.repo.update('tenant-a', request.id, (current) => ({
        ok: true,
        request: { ...current, tenantId: 'tenant-b' },
      })),
    );
    assert.equal((await db.repo.get('tenant-a', request.id))?.request.tenantId, 'tenant-a');
  });

  it('an update keeps stored fields this schema does not know, and drops schema fields the change removed', async () => {
    const request = draftRequest({ cardActivityId: 'activity-1' });
    await db.store.container('requests').items.create({ ...request, addedByNewerVersion: { keep: true } });
    const result = await db.repo.update('tenant-a', request.id, (current) => {
      const { cardActivityId: _dropped, ...rest } = current;
      return { ok: true, request: rest };
    });
    assert.equal(result.kind, 'updated');
    const { resource } = await db.store.container('requests').item(request.id, 'tenant-a').read();
    assert.deepEqual(resource?.['addedByNewerVersion'], { keep: true });
    assert.equal(resource?.['cardActivityId'], undefined);
  });

  describe('open requests (status), sorted by deadline', () => {
    const userId = '29:list-user';
    const teamId = '19:team-list@thread.tacv2';
    const person = { id: userId, name: 'List User' };
    let ids: Record<string, string>;

    before(async () => {
      const make = (overrides: Partial<SupportRequest>, facts = azureFacts('minimal')) =>
        draftRequest({ requestedBy: person, ...overrides }, facts);
      const docs = {
        // R21 English wall clock: lateC due 09:00, soonA due 04:00, midB due 06:30, responded (C from 00:00) due 08:00.
        lateC: filedAt(make({ teamId }), '2026-03-16T01:00:00Z'),
        soonA: filedAt(make({ teamId }, azureFacts('critical')), '2026-03-16T02:00:00Z'),
        midB: filedAt(make({}, azureFacts('moderate')), '2026-03-16T02:30:00Z'),
        draft: make({ teamId }),
        responded: { ...filedAt(make({}), '2026-03-16T00:00:00Z'), status: 'responded' as const },
        resolved: { ...filedAt(make({ teamId }), '2026-03-16T00:00:00Z'), status: 'resolved' as const },
        cancelled: make({ status: 'cancelled', teamId }),
        otherUser: filedAt(draftRequest({ requestedBy: lee }), '2026-03-16T00:00:00Z'),
        otherTenant: filedAt(make({ tenantId: 'tenant-b', teamId }), '2026-03-16T00:00:00Z'),
      };
      for (const doc of Object.values(docs)) await db.repo.createIfAbsent(doc);
      ids = Object.fromEntries(Object.entries(docs).map(([name, doc]) => [name, doc.id]));
    });

    const names = (requests: readonly SupportRequest[]) =>
      requests.map((request) => Object.keys(ids).find((name) => ids[name] === request.id));

    it("lists a user's active requests in the tenant, soonest deadline first, drafts (no deadline) last", async () => {
      const requests = await db.repo.listActive({ tenantId: 'tenant-a', userId }, activeStatuses);
      assert.deepEqual(names(requests), ['soonA', 'midB', 'responded', 'lateC', 'draft']);
    });

    it("lists a team's active requests in the tenant, never another tenant's", async () => {
      const requests = await db.repo.listActive({ tenantId: 'tenant-a', teamId }, activeStatuses);
      assert.deepEqual(names(requests), ['soonA', 'lateC', 'draft']);
    });

    it('the same team id in another tenant sees only its own request', async () => {
      const requests = await db.repo.listActive({ tenantId: 'tenant-b', teamId }, activeStatuses);
      assert.deepEqual(names(requests), ['otherTenant']);
    });

    it('skips a corrupt stored document in a list and logs it', async () => {
      const { log, lines } = capturingLog();
      const repo = new RequestsRepository(db.store.container('requests'), log);
      const corrupt = { ...draftRequest({ requestedBy: person }), calendar: { timeZone: 'Mars/Olympus_Mons' } };
      await db.store.container('requests').items.create(corrupt);
      const requests = await repo.listActive({ tenantId: 'tenant-a', userId }, activeStatuses);
      assert.deepEqual(names(requests), ['soonA', 'midB', 'responded', 'lateC', 'draft']);
      assert.ok(lines.some((line) => line['requestId'] === corrupt.id));
    });
  });
});
