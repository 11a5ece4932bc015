/**
 * Creating tracked requests from a triage (R26) and the `status` card in
 * personal and team scope, sorted by deadline (R21, R24).
 */
import assert from 'node:assert/strict';
import { statusCardRows } from '../../src/cards/status-card';
import { recordCardActivity } from '../../src/requests/card-activity';
import { createSupportRequest } from '../../src/requests/create-support-request';
import { showStatus } from '../../src/requests/show-status';
import { checkCard } from '../helpers/card-check';
import { cardText, executeActions, openedRequests } from '../helpers/card-inspect';
import { azureFacts, kim, lee, newRequest, openTestRequests, type TestRequests } from './request-fixtures';

describe('creating requests and the status card (embedded Cosmos)', () => {
  let db: TestRequests;
  before(async () => {
    db = await openTestRequests();
  });
  after(() => db.close());

  describe('createSupportRequest', () => {
    it('R26 "I\'ve filed it" with a number: filed now, deadline stored, history created + filed + number, card checked', async () => {
      const outcome = await createSupportRequest(db.repo, newRequest({ serviceRequestNumber: '2603160010001234' }));
      assert.equal(outcome.kind, 'created');
      if (outcome.kind !== 'created') return;
      checkCard(outcome.card);
      const stored = (await db.repo.get('tenant-a', outcome.request.id))!.request;
      assert.equal(stored.status, 'filed');
      assert.equal(stored.deadline, '2026-03-16T09:00:00.000Z');
      assert.equal(stored.serviceRequestNumber, '2603160010001234');
      assert.deepEqual(
        stored.history.map((entry) => entry.action),
        ['created', 'filed', 'number'],
      );
      assert.deepEqual(stored.conversation, newRequest().conversation);
      assert.match(cardText(outcome.card), /Service request number\n2603160010001234/);
    });

    it('message extension without a number: a draft, no deadline, card offers "I\'ve filed it"', async () => {
      const outcome = await createSupportRequest(db.repo, newRequest({ filed: false }));
      assert.ok(outcome.kind === 'created');
      assert.equal(outcome.request.status, 'draft');
      assert.equal(outcome.request.deadline, undefined);
      assert.equal(outcome.request.nextReminderAt, null);
      assert.equal(executeActions(outcome.card)[0]?.verb, 'request.file');
      assert.match(cardText(outcome.card), /no deadline yet/);
    });

    it('a number with junk: invalid, and nothing is stored', async () => {
      const title = 'Junk number request';
      const outcome = await createSupportRequest(
        db.repo,
        newRequest({ title, serviceRequestNumber: 'SR#12345678', requestedBy: { id: '29:junk', name: 'J' } }),
      );
      assert.deepEqual(outcome, {
        kind: 'invalid',
        message: 'The request number must be digits only (6 to 20 digits); nothing was changed.',
      });
      const { requests } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: '29:junk' }, 'en', new Date());
      assert.equal(requests.length, 0);
    });

    it('R24 Korean support: the business-hours clock in Asia/Seoul; the card shows the deadline in that zone', async () => {
      const outcome = await createSupportRequest(
        db.repo,
        newRequest({ facts: azureFacts('minimal', 'ko'), language: 'ko', now: new Date('2026-03-13T08:30:00Z') }),
      );
      assert.ok(outcome.kind === 'created');
      assert.equal(outcome.request.supportLanguage, 'ko');
      assert.equal(outcome.request.calendar.timeZone, 'Asia/Seoul');
      assert.equal(outcome.request.deadline, '2026-03-16T07:30:00.000Z');
      assert.match(cardText(outcome.card), /3월 16일 \(월\) 16:30 KST/);
    });

    it("R24 the profile's time zone sets the calendar when it is valid", async () => {
      const input = newRequest();
      const outcome = await createSupportRequest(db.repo, {
        ...input,
        profile: { ...input.profile, timeZone: 'Europe/Berlin' },
      });
      assert.ok(outcome.kind === 'created');
      assert.equal(outcome.request.calendar.timeZone, 'Europe/Berlin');
      assert.match(cardText(outcome.card), /Mon 16 Mar, 10:00 CET/);
    });

    it('records the activity id of the posted card, only within the tenant, without a history entry', async () => {
      const outcome = await createSupportRequest(db.repo, newRequest());
      assert.ok(outcome.kind === 'created');
      assert.equal(await recordCardActivity(db.repo, 'tenant-b', outcome.request.id, 'activity-x'), false);
      assert.equal(await recordCardActivity(db.repo, 'tenant-a', outcome.request.id, 'activity-1'), true);
      const stored = (await db.repo.get('tenant-a', outcome.request.id))!.request;
      assert.equal(stored.cardActivityId, 'activity-1');
      assert.deepEqual(stored.history, outcome.request.history);
    });

    it('a title with template syntax is shown as typed, not evaluated', async () => {
      const outcome = await createSupportRequest(db.repo, newRequest({ title: 'Broken ${id} and ${labels.cancel}' }));
      assert.ok(outcome.kind === 'created');
      assert.match(cardText(outcome.card), /Broken \$\{id\} and \$\{labels\.cancel\}/);
    });
  });

  describe('status card', () => {
    const now = new Date('2026-03-16T03:00:00Z');
    const teamId = '19:status-team@thread.tacv2';
    const user = { id: '29:status-user', name: 'Status User' };

    before(async () => {
      const make = async (
        title: string,
        impact: 'critical' | 'moderate' | 'minimal',
        at: string,
        extra: Parameters<typeof newRequest>[0] = {},
      ) => {
        const outcome = await createSupportRequest(
          db.repo,
          newRequest({ title, facts: azureFacts(impact), requestedBy: user, now: new Date(at), ...extra }),
        );
        assert.ok(outcome.kind === 'created');
        return outcome.request;
      };
      await make('Minimal in a team', 'minimal', '2026-03-16T01:00:00Z', { teamId }); // due 09:00
      await make('Critical, overdue', 'critical', '2026-03-16T00:30:00Z', { teamId }); // due 02:30
      await make('Moderate, personal', 'moderate', '2026-03-16T01:00:00Z'); // due 05:00
      await make('Teammate draft', 'minimal', '2026-03-16T01:00:00Z', { teamId, filed: false, requestedBy: lee });
      const done = await make('Already resolved', 'critical', '2026-03-16T00:00:00Z', { teamId });
      await db.repo.update('tenant-a', done.id, (current) => ({
        ok: true,
        request: { ...current, status: 'resolved' },
      }));
      const lost = await make('Blocked conversation', 'minimal', '2026-03-16T02:00:00Z'); // due 10:00
      await db.repo.update('tenant-a', lost.id, (current) => ({
        ok: true,
        request: {
          ...current,
          reminders: { ...current.reminders, undeliverable: { at: now.toISOString(), reason: 'MessageWritesBlocked' } },
        },
      }));
    });

    const titles = (card: Record<string, unknown>) =>
      cardText(card)
        .split('\n')
        .filter((line) => !line.startsWith('⚠') && /Critical|Moderate|Minimal|draft|resolved|Blocked/.test(line));

    it("personal scope: the user's open requests, soonest deadline first, with time left or overdue", async () => {
      const { card } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: user.id }, 'en', now);
      checkCard(card);
      assert.deepEqual(titles(card), [
        'Critical, overdue',
        'Moderate, personal',
        'Minimal in a team',
        'Blocked conversation',
      ]);
      const text = cardText(card);
      assert.match(text, /Your open support requests/);
      assert.match(text, /Severity A · Filed: waiting for Microsoft · no request number yet\noverdue by 30 min/);
      assert.match(text, /Severity B · Filed: waiting for Microsoft · no request number yet\n2 h left/);
    });

    it("team scope: the team's open requests, including a teammate's draft (no deadline, last)", async () => {
      const { card, requests } = await showStatus(db.repo, { tenantId: 'tenant-a', teamId }, 'en', now);
      checkCard(card);
      assert.deepEqual(
        requests.map((request) => request.title),
        ['Critical, overdue', 'Minimal in a team', 'Teammate draft'],
      );
      assert.match(cardText(card), /This team's open support requests/);
      assert.match(cardText(card), /Teammate draft\nSeverity C · Not filed yet/);
    });

    it('each row opens its request card as a new message (Action.Submit request.open), so the list stays', async () => {
      const { card, requests } = await showStatus(db.repo, { tenantId: 'tenant-a', teamId }, 'en', now);
      assert.deepEqual(
        openedRequests(card),
        requests.map((request) => request.id),
      );
      assert.equal(executeActions(card).length, 0, 'no Action.Execute, whose answer would replace the list');
    });

    it('R27 marks a request whose reminders cannot be delivered', async () => {
      const { card } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: user.id }, 'ko', now);
      checkCard(card);
      assert.match(
        cardText(card),
        /Blocked conversation\n심각도 C · 제출됨: Microsoft 응답 대기 중 · 요청 번호 없음\n7시간 남음\n⚠ .*알림이 중지되었습니다\. 봇이 이 대화에 더 이상 게시할 수 없습니다\(MessageWritesBlocked\)\./,
      );
      assert.equal((cardText(card).match(/⚠/g) ?? []).length, 1);
    });

    it('empty state, in English and Korean', async () => {
      for (const [language, expected] of [
        ['en', /No open support requests/],
        ['ko', /진행 중인 서비스 요청이 없습니다/],
      ] as const) {
        const { card } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: '29:nobody' }, language, now);
        checkCard(card);
        assert.match(cardText(card), expected);
        assert.equal(executeActions(card).length, 0);
      }
    });

    it(`shows at most ${statusCardRows} rows and says how many more, staying under 28 KB`, async () => {
      const busy = { id: '29:busy', name: 'Busy' };
      for (let i = 0; i < statusCardRows + 3; i++) {
        await createSupportRequest(
          db.repo,
          newRequest({
            title: `Problem ${i} ${'x'.repeat(250)}`,
            requestedBy: busy,
            now: new Date(Date.parse('2026-03-16T00:00:00Z') + i * 60_000),
          }),
        );
      }
      const { card } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: busy.id }, 'en', now);
      checkCard(card);
      assert.equal(openedRequests(card).length, statusCardRows);
      assert.match(cardText(card), /and 3 more not shown/);
      assert.ok(cardText(card).indexOf('Problem 0 ') < cardText(card).indexOf('Problem 1 '), 'earliest deadline first');
    });

    it('the requester is kept separate from another user in the same tenant', async () => {
      const { requests } = await showStatus(db.repo, { tenantId: 'tenant-a', userId: kim.id }, 'en', now);
      assert.ok(requests.every((request) => request.requestedBy.id === kim.id));
    });
  });
});
