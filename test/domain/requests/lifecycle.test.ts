/**
 * The request lifecycle: every transition, its history entry, the
 * response clock it starts or moves (R21, R24) and the reminder it schedules (R26).
 */
import assert from 'node:assert/strict';
import {
  applyChange,
  canApply,
  raisableSeverities,
  type ChangeKind,
  type RequestChange,
} from '../../../src/domain/requests/lifecycle';
import type { RequestStatus, SupportRequest } from '../../../src/domain/requests/support-request';
import { azureFacts, draftRequest, kim, lee } from '../../requests/request-fixtures';

const t0 = new Date('2026-03-16T01:00:00Z');
const at = (iso: string) => new Date(iso);

function applied(request: SupportRequest, change: RequestChange, now: Date, by = lee): SupportRequest {
  const result = applyChange(request, change, by, now);
  assert.ok(result.ok, `expected ${change.kind} to apply, got ${JSON.stringify(!result.ok && result.rejection)}`);
  return result.request;
}

const filedC = () => applied(draftRequest(), { kind: 'file' }, t0, kim);

describe('request lifecycle', () => {
  it('file: draft → filed starts the clock now; R21/R24 English severity C is due 8 wall-clock hours later', () => {
    const filed = filedC();
    assert.equal(filed.status, 'filed');
    assert.equal(filed.filedAt, '2026-03-16T01:00:00.000Z');
    assert.equal(filed.deadline, '2026-03-16T09:00:00.000Z');
    assert.deepEqual(filed.history.at(-1), {
      at: '2026-03-16T01:00:00.000Z',
      by: kim,
      action: 'filed',
      from: 'draft',
      to: 'filed',
    });
    assert.equal(filed.updatedAt, '2026-03-16T01:00:00.000Z');
  });

  it('file: R26 schedules the "due soon" reminder at 75 % of the window', () => {
    assert.equal(filedC().nextReminderAt, '2026-03-16T07:00:00.000Z');
  });

  it('file with a number records both the filing and the number', () => {
    const filed = applied(draftRequest(), { kind: 'file', serviceRequestNumber: '2603160010001234' }, t0);
    assert.equal(filed.serviceRequestNumber, '2603160010001234');
    assert.deepEqual(
      filed.history.slice(-2).map((entry) => [entry.action, entry.from, entry.to]),
      [
        ['filed', 'draft', 'filed'],
        ['number', undefined, '2603160010001234'],
      ],
    );
  });

  it('R24: a Korean request filed Friday 17:30 KST runs on business hours: severity C is due Monday 16:30 KST', () => {
    const draft = draftRequest({}, azureFacts('minimal', 'ko'));
    const filed = applied(draft, { kind: 'file' }, at('2026-03-13T08:30:00Z'));
    assert.equal(filed.deadline, '2026-03-16T07:30:00.000Z');
  });

  it('responded: filed → responded stamps respondedAt and stops reminders (R26)', () => {
    const responded = applied(filedC(), { kind: 'responded' }, at('2026-03-16T03:00:00Z'));
    assert.equal(responded.status, 'responded');
    assert.equal(responded.respondedAt, '2026-03-16T03:00:00.000Z');
    assert.equal(responded.nextReminderAt, null);
    assert.deepEqual(responded.history.at(-1), {
      at: '2026-03-16T03:00:00.000Z',
      by: lee,
      action: 'responded',
      from: 'filed',
      to: 'responded',
    });
  });

  for (const from of ['filed', 'responded'] as const) {
    it(`resolved: ${from} → resolved stamps resolvedAt, no reminder left`, () => {
      const start = from === 'filed' ? filedC() : applied(filedC(), { kind: 'responded' }, at('2026-03-16T02:00:00Z'));
      const resolved = applied(start, { kind: 'resolved' }, at('2026-03-16T05:00:00Z'));
      assert.equal(resolved.status, 'resolved');
      assert.equal(resolved.resolvedAt, '2026-03-16T05:00:00.000Z');
      assert.equal(resolved.nextReminderAt, null);
      assert.deepEqual(resolved.history.at(-1), {
        at: '2026-03-16T05:00:00.000Z',
        by: lee,
        action: 'resolved',
        from,
        to: 'resolved',
      });
    });
  }

  for (const from of ['draft', 'filed', 'responded'] as const) {
    it(`cancel: ${from} → cancelled, history says so, no reminder left`, () => {
      const start = {
        draft: draftRequest(),
        filed: filedC(),
        responded: applied(filedC(), { kind: 'responded' }, at('2026-03-16T02:00:00Z')),
      }[from];
      const cancelled = applied(start, { kind: 'cancel' }, at('2026-03-16T04:00:00Z'));
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.nextReminderAt, null);
      assert.deepEqual(cancelled.history.at(-1), {
        at: '2026-03-16T04:00:00.000Z',
        by: lee,
        action: 'cancelled',
        from,
        to: 'cancelled',
      });
    });
  }

  const refused: ReadonlyArray<[RequestStatus, RequestChange]> = [
    ['draft', { kind: 'responded' }],
    ['draft', { kind: 'resolved' }],
    ['draft', { kind: 'snooze', minutes: 30 }],
    ['filed', { kind: 'file' }],
    ['responded', { kind: 'responded' }],
    ['responded', { kind: 'snooze', minutes: 60 }],
    ['resolved', { kind: 'cancel' }],
    ['resolved', { kind: 'setNumber', number: '12345678' }],
    ['cancelled', { kind: 'resolved' }],
    ['cancelled', { kind: 'raiseSeverity', severity: 'A' }],
  ];
  for (const [status, change] of refused) {
    it(`refuses ${change.kind} on a ${status} request and names the status`, () => {
      const result = applyChange(draftRequest({ status }), change, lee, t0);
      assert.deepEqual(result, { ok: false, rejection: { code: 'status', status } });
    });
  }

  it('R21 raise severity while filed: C → A restarts the clock at the raise on the A target (2 h)', () => {
    const raised = applied(filedC(), { kind: 'raiseSeverity', severity: 'A' }, at('2026-03-16T02:00:00Z'));
    assert.equal(raised.assessment.severity, 'A');
    assert.equal(raised.filedAt, '2026-03-16T02:00:00.000Z');
    assert.equal(raised.deadline, '2026-03-16T04:00:00.000Z');
    assert.equal(raised.nextReminderAt, '2026-03-16T03:30:00.000Z');
    assert.deepEqual(raised.history.at(-1), {
      at: '2026-03-16T02:00:00.000Z',
      by: lee,
      action: 'severity',
      from: 'C',
      to: 'A',
    });
    assert.ok(
      raised.history.some((entry) => entry.action === 'filed' && entry.at === '2026-03-16T01:00:00.000Z'),
      'the original filing stays in history',
    );
  });

  it('R21/R24 raise on a Korean request Friday 17:40 KST: severity A (2 business hours) is due Monday 10:40 KST', () => {
    const filed = applied(draftRequest({}, azureFacts('minimal', 'ko')), { kind: 'file' }, at('2026-03-13T08:30:00Z'));
    const raised = applied(filed, { kind: 'raiseSeverity', severity: 'A' }, at('2026-03-13T08:40:00Z'));
    assert.equal(raised.deadline, '2026-03-16T01:40:00.000Z');
  });

  it('R21 raise after Microsoft responded changes the severity but no longer moves a deadline', () => {
    const responded = applied(filedC(), { kind: 'responded' }, at('2026-03-16T02:00:00Z'));
    const raised = applied(responded, { kind: 'raiseSeverity', severity: 'B' }, at('2026-03-16T03:00:00Z'));
    assert.equal(raised.assessment.severity, 'B');
    assert.equal(raised.deadline, responded.deadline);
    assert.equal(raised.nextReminderAt, null);
  });

  it('R21 raise on a draft only records the severity (no clock yet)', () => {
    const raised = applied(draftRequest(), { kind: 'raiseSeverity', severity: 'B' }, t0);
    assert.equal(raised.assessment.severity, 'B');
    assert.equal(raised.deadline, undefined);
  });

  it('R21 severity only goes up: B → B and B → C are refused with the current severity', () => {
    const filedB = applied(draftRequest({}, azureFacts('moderate')), { kind: 'file' }, t0);
    for (const severity of ['B', 'C'] as const) {
      assert.deepEqual(applyChange(filedB, { kind: 'raiseSeverity', severity }, lee, t0), {
        ok: false,
        rejection: { code: 'severity-not-higher', current: 'B' },
      });
    }
  });

  it('R21 raisable severities: above the current one, highest first; none for A or non break-fix', () => {
    assert.deepEqual(raisableSeverities('C'), ['A', 'B']);
    assert.deepEqual(raisableSeverities('B'), ['A']);
    assert.deepEqual(raisableSeverities('A'), []);
    assert.deepEqual(raisableSeverities('non-break-fix'), []);
    assert.deepEqual(raisableSeverities(undefined), ['A', 'B', 'C']);
  });

  it('set number on a filed request records old → new; the same number again is refused', () => {
    const first = applied(filedC(), { kind: 'setNumber', number: '11112222' }, at('2026-03-16T02:00:00Z'));
    const second = applied(first, { kind: 'setNumber', number: '33334444' }, at('2026-03-16T02:05:00Z'));
    assert.equal(second.serviceRequestNumber, '33334444');
    assert.deepEqual(second.history.at(-1), {
      at: '2026-03-16T02:05:00.000Z',
      by: lee,
      action: 'number',
      from: '11112222',
      to: '33334444',
    });
    assert.equal(second.deadline, first.deadline, 'a number does not move the clock');
    assert.deepEqual(applyChange(second, { kind: 'setNumber', number: '33334444' }, lee, t0), {
      ok: false,
      rejection: { code: 'same-number', number: '33334444' },
    });
  });

  it('R26 set number on a draft files it: the number proves it was filed', () => {
    const filed = applied(draftRequest(), { kind: 'setNumber', number: '2603160010001234' }, t0);
    assert.equal(filed.status, 'filed');
    assert.equal(filed.deadline, '2026-03-16T09:00:00.000Z');
    assert.deepEqual(
      filed.history.slice(-2).map((entry) => entry.action),
      ['filed', 'number'],
    );
  });

  it('R26 snooze 30 min pushes the due-soon reminder to the end of the snooze', () => {
    const snoozed = applied(filedC(), { kind: 'snooze', minutes: 30 }, at('2026-03-16T06:50:00Z'));
    assert.equal(snoozed.reminders.snoozedUntil, '2026-03-16T07:20:00.000Z');
    assert.equal(snoozed.nextReminderAt, '2026-03-16T07:20:00.000Z');
    assert.deepEqual(snoozed.history.at(-1), {
      at: '2026-03-16T06:50:00.000Z',
      by: lee,
      action: 'snoozed',
      to: '2026-03-16T07:20:00.000Z',
    });
  });

  it('R26 snooze 60 min past the deadline never delays the breach notice', () => {
    const snoozed = applied(filedC(), { kind: 'snooze', minutes: 60 }, at('2026-03-16T08:30:00Z'));
    assert.equal(snoozed.reminders.snoozedUntil, '2026-03-16T09:30:00.000Z');
    assert.equal(snoozed.nextReminderAt, '2026-03-16T09:00:00.000Z');
  });

  it('a change never mutates the request it was given', () => {
    const filed = filedC();
    const before = structuredClone(filed);
    applied(filed, { kind: 'raiseSeverity', severity: 'A' }, at('2026-03-16T02:00:00Z'));
    assert.deepEqual(filed, before);
  });

  it('canApply offers exactly the actions of each status', () => {
    const kinds: ChangeKind[] = ['file', 'responded', 'resolved', 'raiseSeverity', 'setNumber', 'snooze', 'cancel'];
    const offered = (request: SupportRequest) => kinds.filter((kind) => canApply(request, kind));
    assert.deepEqual(offered(draftRequest()), ['file', 'raiseSeverity', 'setNumber', 'cancel']);
    assert.deepEqual(offered(filedC()), ['responded', 'resolved', 'raiseSeverity', 'setNumber', 'snooze', 'cancel']);
    assert.deepEqual(offered(applied(filedC(), { kind: 'responded' }, t0)), [
      'resolved',
      'raiseSeverity',
      'setNumber',
      'cancel',
    ]);
    assert.deepEqual(offered(draftRequest({ status: 'resolved' })), []);
    assert.deepEqual(offered(draftRequest({ status: 'cancelled' })), []);
    const filedA = applied(draftRequest({}, azureFacts('critical')), { kind: 'file' }, t0);
    assert.ok(!canApply(filedA, 'raiseSeverity'), 'R21: nothing above A');
  });
});
