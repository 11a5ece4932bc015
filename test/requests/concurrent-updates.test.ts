/**
 * Two people pressing buttons on the same request card at the same moment,
 * through two repositories on two separate Cosmos clients (as two bot
 * instances would). A gate holds both first reads until each has read the
 * same version, so the race is certain, not hoped for. No update is lost:
 * proven by reading the document back.
 */
import assert from 'node:assert/strict';
import type { CosmosClient, Container } from '@azure/cosmos';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import { applyRequestAction, type ActionContext } from '../../src/requests/apply-request-action';
import { createSupportRequest } from '../../src/requests/create-support-request';
import { RequestsRepository } from '../../src/store/requests-repository';
import { checkCard } from '../helpers/card-check';
import { cardText } from '../helpers/card-inspect';
import { silentLog } from '../helpers/log-capture';
import { inRequestChat, kim, lee, newRequest, openTestRequests, type TestRequests } from './request-fixtures';

/** Resolves once `parties` callers have arrived. */
function barrier(parties: number): { arrive(): Promise<void> } {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    arrive() {
      arrived += 1;
      if (arrived === parties) open();
      return opened;
    },
  };
}

/**
 * A container whose first replace waits at the barrier: each client has read the request (the check that it is
 * reachable and the read its update rests on) before either writes, so both write from the same version.
 */
function gated(container: Container, gate: { arrive(): Promise<void> }): Container {
  let first = true;
  return new Proxy(container, {
    get(target, property, receiver) {
      if (property !== 'item') return Reflect.get(target, property, receiver);
      return (id: string, partitionKey: string) => {
        const item = target.item(id, partitionKey);
        if (!first) return item;
        const replace = item.replace.bind(item);
        return Object.assign(Object.create(item) as typeof item, {
          replace: async (...args: Parameters<typeof item.replace>) => {
            if (first) {
              first = false;
              await gate.arrive();
            }
            return replace(...args);
          },
        });
      };
    },
  });
}

describe('concurrent updates on one request (two clients, ETag-conditional writes)', () => {
  let db: TestRequests;
  let secondClient: CosmosClient;
  before(async () => {
    db = await openTestRequests();
    secondClient = db.cosmos.client();
  });
  after(() => db.close());

  const at = new Date('2026-03-16T03:00:00Z');
  const ctxOf = (actor: typeof kim): ActionContext => ({
    tenantId: 'tenant-a',
    ...inRequestChat,
    actor,
    language: 'en',
    now: at,
  });

  async function racingRepos(): Promise<[RequestsRepository, RequestsRepository]> {
    const gate = barrier(2);
    const other = secondClient.database(db.store.database.id).container('requests');
    return [
      new RequestsRepository(gated(db.store.container('requests'), gate), silentLog),
      new RequestsRepository(gated(other, gate), silentLog),
    ];
  }

  async function filedRequest(): Promise<SupportRequest> {
    const outcome = await createSupportRequest(db.repo, newRequest());
    return outcome.kind === 'created' ? outcome.request : assert.fail();
  }

  it('responded + set number at the same moment: both applied, nothing lost', async () => {
    const request = await filedRequest();
    const [first, second] = await racingRepos();
    const [a, b] = await Promise.all([
      applyRequestAction(first, ctxOf(kim), { verb: 'request.responded', requestId: request.id }),
      applyRequestAction(second, ctxOf(lee), {
        verb: 'request.setNumber',
        requestId: request.id,
        number: '2603160010009999',
      }),
    ]);
    assert.deepEqual([a.kind, b.kind], ['updated', 'updated']);
    const after = (await db.repo.get('tenant-a', request.id))!.request;
    assert.equal(after.status, 'responded');
    assert.equal(after.serviceRequestNumber, '2603160010009999');
    assert.deepEqual(
      after.history
        .map((entry) => entry.action)
        .slice(-2)
        .sort(),
      ['number', 'responded'],
    );
    // The later writer's card shows both changes, because it re-applied on the fresh document.
    const cards = [a, b].map((outcome) => (outcome.kind === 'updated' ? outcome.card : assert.fail()));
    cards.forEach((card) => checkCard(card));
    assert.ok(
      cards.some((card) => /Microsoft responded/.test(cardText(card)) && /2603160010009999/.test(cardText(card))),
    );
  });

  it('resolved + cancel at the same moment: one applies, the other is told clearly and shown the fresh card', async () => {
    const request = await filedRequest();
    const [first, second] = await racingRepos();
    const outcomes = await Promise.all([
      applyRequestAction(first, ctxOf(kim), { verb: 'request.resolved', requestId: request.id }),
      applyRequestAction(second, ctxOf(lee), { verb: 'request.cancel', requestId: request.id }),
    ]);
    const winner = outcomes.find((outcome) => outcome.kind === 'updated');
    const loser = outcomes.find((outcome) => outcome.kind === 'conflict');
    assert.ok(winner && winner.kind === 'updated', 'one action applies');
    assert.ok(loser && loser.kind === 'conflict', 'the other is a conflict');
    assert.match(
      loser.message,
      /^Someone else changed this request at the same moment\. This request is now "(Resolved|Cancelled)"/,
    );
    checkCard(loser.card);
    assert.match(cardText(loser.card), /Someone else changed this request/);
    assert.deepEqual(loser.card['actions'], [], 'the fresh card is closed: no more actions');
    const after = (await db.repo.get('tenant-a', request.id))!.request;
    assert.equal(after.status, winner.request.status);
    assert.deepEqual(after, winner.request);
    assert.equal(
      after.history.filter((entry) => entry.action === 'resolved' || entry.action === 'cancelled').length,
      1,
    );
  });

  it('the same button twice at once (responded, responded): recorded once, the second is told', async () => {
    const request = await filedRequest();
    const [first, second] = await racingRepos();
    const outcomes = await Promise.all([
      applyRequestAction(first, ctxOf(kim), { verb: 'request.responded', requestId: request.id }),
      applyRequestAction(second, ctxOf(lee), { verb: 'request.responded', requestId: request.id }),
    ]);
    assert.deepEqual(outcomes.map((outcome) => outcome.kind).sort(), ['conflict', 'updated']);
    const after = (await db.repo.get('tenant-a', request.id))!.request;
    assert.equal(after.history.filter((entry) => entry.action === 'responded').length, 1);
  });
});
