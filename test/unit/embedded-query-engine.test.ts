/**
 * The embedded Cosmos server's query engine (@zeit/cosmosdb-query 0.7.2) is
 * patched (patches/, applied by `npm install`): its generated code copied the
 * whole result-so-far for every document, `[...$, row]`, so one due-reminder
 * query took about a minute at 100 000 stored requests. These tests fail
 * when the patch is missing and show the patched engine answers as before.
 */
import { strict as assert } from 'node:assert';
import cosmosQuery from '@zeit/cosmosdb-query';
import { dueRemindersQuery } from '../../src/store/requests-repository';

const documents = [
  {
    id: 'a',
    type: 'support-request',
    status: 'filed',
    nextReminderAt: '2026-03-09T11:00:00Z',
    tags: [{ n: 'x' }, { n: 'y' }],
  },
  { id: 'b', type: 'support-request', status: 'filed', nextReminderAt: '2026-03-09T10:00:00Z', tags: [] },
  { id: 'c', type: 'support-request', status: 'closed', nextReminderAt: '2026-03-09T09:00:00Z', tags: [{ n: 'z' }] },
  {
    id: 'd',
    type: 'support-request',
    status: 'filed',
    nextReminderAt: '2026-03-09T12:00:00Z',
    tags: [],
    reminders: { lease: { expiresAt: '2026-03-09T11:45:00Z' } },
  },
];

describe('embedded Cosmos query engine (patched, R26)', () => {
  it('appends rows in place instead of copying the rows collected so far', () => {
    for (const sql of [dueRemindersQuery, 'SELECT c.id, t.n FROM c JOIN t IN c.tags', 'SELECT x FROM c.tags[0] x']) {
      const { code } = cosmosQuery(sql);
      assert.match(code, /\$\.push\(/, sql);
      assert.doesNotMatch(code, /\[\.\.\.\$/, sql);
    }
  });

  it('still answers the due query: filed, due, unleased, earliest first, at most TOP', () => {
    const run = (limit: number) =>
      cosmosQuery(dueRemindersQuery)
        .exec(documents, {
          parameters: [
            { name: '@now', value: '2026-03-09T11:30:00Z' },
            { name: '@limit', value: limit },
          ],
        })
        .result.map((d: { id: string }) => d.id);
    assert.deepEqual(run(10), ['b', 'a']);
    assert.deepEqual(run(1), ['b']);
  });

  it('still answers joins, subquery joins and array-element sources', () => {
    const rows = (sql: string) => cosmosQuery(sql).exec(documents).result;
    assert.deepEqual(rows('SELECT c.id, t.n FROM c JOIN t IN c.tags'), [
      { id: 'a', n: 'x' },
      { id: 'a', n: 'y' },
      { id: 'c', n: 'z' },
    ]);
    assert.deepEqual(rows('SELECT VALUE c.id FROM c JOIN (SELECT VALUE t FROM t IN c.tags WHERE t.n = "y")'), ['a']);
    assert.deepEqual(rows('SELECT x FROM c.tags[0] x'), [{ x: { n: 'x' } }, { x: { n: 'z' } }]);
  });
});
