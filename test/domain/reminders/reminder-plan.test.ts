import assert from 'node:assert/strict';
import { defaultCalendar } from '../../../src/domain/clock';
import type { Language } from '../../../src/domain/facts';
import {
  dueReminder,
  nextReminder,
  nextReminderAt,
  reminderPolicySchema,
  reminderSchedule,
  windowOf,
} from '../../../src/domain/reminders/reminder-plan';
import {
  type ReminderKind,
  type SupportRequest,
  supportRequestSchema,
} from '../../../src/domain/requests/support-request';
import type { Severity } from '../../../src/domain/severity';
import { at, local, seoul } from '../clock/local-time';

const utc = 'UTC';
const minute = 60_000;

function filed(severity: Severity, supportLanguage: Language, filedAt: Date): SupportRequest {
  const when = filedAt.toISOString();
  return supportRequestSchema.parse({
    id: `req-${severity}-${supportLanguage}`,
    tenantId: 'tenant-1',
    type: 'support-request',
    status: 'filed',
    requestedBy: { id: '29:dana', name: 'Dana' },
    conversation: {},
    facts: {},
    profile: {},
    assessment: { severity },
    language: supportLanguage,
    supportLanguage,
    calendar: defaultCalendar(supportLanguage),
    filedAt: when,
    createdAt: when,
    updatedAt: when,
  });
}

/** What the scheduler records after posting (src/reminders/record.ts does the same with more bookkeeping). */
function sent(request: SupportRequest, kind: ReminderKind, seq: number, now: Date): SupportRequest {
  return {
    ...request,
    reminders: { ...request.reminders, sent: [...request.reminders.sent, { kind, seq, at: now.toISOString() }] },
  };
}

function snoozed(request: SupportRequest, until: Date): SupportRequest {
  return { ...request, reminders: { ...request.reminders, snoozedUntil: until.toISOString() } };
}

interface Walk {
  readonly severity: Severity;
  readonly language: Language;
  readonly zone: string;
  readonly filedAt: string;
  /** due soon, breached, still waiting ×3 — local wall time and weekday in `zone`. */
  readonly reminders: readonly string[];
}

// Expected times follow R21 (targets), R24 (wall clock for English break-fix, Mon–Fri 09:00–18:00
// business clock for Korean and non break-fix) and R26 (75 %, deadline, every window after it, 3 at most).
const walks: readonly Walk[] = [
  {
    severity: 'A',
    language: 'en',
    zone: utc,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T11:30 Mon',
      '2026-03-09T12:00 Mon',
      '2026-03-09T14:00 Mon',
      '2026-03-09T16:00 Mon',
      '2026-03-09T18:00 Mon',
    ],
  },
  {
    severity: 'B',
    language: 'en',
    zone: utc,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T13:00 Mon',
      '2026-03-09T14:00 Mon',
      '2026-03-09T18:00 Mon',
      '2026-03-09T22:00 Mon',
      '2026-03-10T02:00 Tue',
    ],
  },
  {
    severity: 'C',
    language: 'en',
    zone: utc,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T16:00 Mon',
      '2026-03-09T18:00 Mon',
      '2026-03-10T02:00 Tue',
      '2026-03-10T10:00 Tue',
      '2026-03-10T18:00 Tue',
    ],
  },
  {
    severity: 'non-break-fix',
    language: 'en',
    zone: utc,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T16:45 Mon',
      '2026-03-10T10:00 Tue',
      '2026-03-11T10:00 Wed',
      '2026-03-12T10:00 Thu',
      '2026-03-13T10:00 Fri',
    ],
  },
  // Friday 17:00 in Seoul: one business hour on Friday, the rest on Monday.
  {
    severity: 'A',
    language: 'ko',
    zone: seoul,
    filedAt: '2026-03-13T17:00',
    reminders: [
      '2026-03-16T09:30 Mon',
      '2026-03-16T10:00 Mon',
      '2026-03-16T12:00 Mon',
      '2026-03-16T14:00 Mon',
      '2026-03-16T16:00 Mon',
    ],
  },
  {
    severity: 'B',
    language: 'ko',
    zone: seoul,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T13:00 Mon',
      '2026-03-09T14:00 Mon',
      '2026-03-09T18:00 Mon',
      '2026-03-10T13:00 Tue',
      '2026-03-10T17:00 Tue',
    ],
  },
  {
    severity: 'C',
    language: 'ko',
    zone: seoul,
    filedAt: '2026-03-09T10:00',
    reminders: [
      '2026-03-09T16:00 Mon',
      '2026-03-09T18:00 Mon',
      '2026-03-10T17:00 Tue',
      '2026-03-11T16:00 Wed',
      '2026-03-12T15:00 Thu',
    ],
  },
  // Friday 20:00 is after hours: the clock starts Monday 09:00, one business day later is Tuesday 09:00.
  {
    severity: 'non-break-fix',
    language: 'ko',
    zone: seoul,
    filedAt: '2026-03-13T20:00',
    reminders: [
      '2026-03-16T15:45 Mon',
      '2026-03-17T09:00 Tue',
      '2026-03-18T09:00 Wed',
      '2026-03-19T09:00 Thu',
      '2026-03-20T09:00 Fri',
    ],
  },
];

const kinds: readonly ReminderKind[] = ['due-soon', 'breached', 'still-waiting', 'still-waiting', 'still-waiting'];

describe('reminder plan (R21, R24, R26)', () => {
  for (const walk of walks) {
    it(`R26: severity ${walk.severity} (${walk.language}, R24 ${walk.language === 'en' && walk.severity !== 'non-break-fix' ? 'wall' : 'business'} clock) gets due soon, breached, 3 still-waiting, then none`, () => {
      let now = at(walk.filedAt, walk.zone);
      let request = filed(walk.severity, walk.language, now);
      walk.reminders.forEach((expected, seq) => {
        const dueAt = at(expected.slice(0, 16), walk.zone);
        assert.equal(
          local(new Date(nextReminderAt(request)!), walk.zone),
          expected,
          `reminder #${seq} is planned for ${expected}`,
        );
        now = new Date(dueAt.getTime() - minute);
        assert.equal(dueReminder(request, now), undefined, `nothing due a minute before ${expected}`);
        now = dueAt;
        const due = dueReminder(request, now);
        assert.deepEqual(due && { kind: due.kind, seq: due.seq }, { kind: kinds[seq], seq });
        request = sent(request, due!.kind, due!.seq, now);
      });
      assert.equal(nextReminderAt(request), null, 'none after the third follow-up');
      now = new Date(now.getTime() + 30 * 24 * 60 * minute);
      assert.equal(dueReminder(request, now), undefined);
    });
  }

  describe('snooze (R26): pushes the next reminder, never past the breach notice', () => {
    const start = () => filed('A', 'en', at('2026-03-09T10:00', utc));

    it('R26: snoozing "due soon" 15 min moves it 15 min', () => {
      const request = snoozed(start(), at('2026-03-09T11:45', utc));
      assert.deepEqual(pick(nextReminder(request)), { kind: 'due-soon', seq: 0, at: '2026-03-09T11:45 Mon' });
    });

    it('R26: a 30-min snooze of "due soon" reaching the deadline drops it; breached stays at the deadline', () => {
      const request = snoozed(start(), at('2026-03-09T12:00', utc));
      assert.deepEqual(pick(nextReminder(request)), { kind: 'breached', seq: 1, at: '2026-03-09T12:00 Mon' });
    });

    it('R26: a 1 h snooze past the deadline never delays the breach notice', () => {
      let request = start();
      const now = at('2026-03-09T11:30', utc);
      request = snoozed(sent(request, 'due-soon', 0, now), new Date(now.getTime() + 60 * minute));
      assert.deepEqual(pick(nextReminder(request)), { kind: 'breached', seq: 1, at: '2026-03-09T12:00 Mon' });
      assert.equal(dueReminder(request, at('2026-03-09T12:00', utc))?.kind, 'breached');
    });

    it('R26: after the breach a snooze moves a follow-up later, but not earlier', () => {
      let request = sent(
        sent(start(), 'due-soon', 0, at('2026-03-09T11:30', utc)),
        'breached',
        1,
        at('2026-03-09T12:00', utc),
      );
      assert.deepEqual(pick(nextReminder(snoozed(request, at('2026-03-09T13:00', utc)))), {
        kind: 'still-waiting',
        seq: 2,
        at: '2026-03-09T14:00 Mon',
      });
      request = snoozed(request, at('2026-03-09T14:30', utc));
      assert.deepEqual(pick(nextReminder(request)), { kind: 'still-waiting', seq: 2, at: '2026-03-09T14:30 Mon' });
    });

    it('R24, R26: a Korean snooze in business hours still never delays the breach notice', () => {
      const request = snoozed(filed('A', 'ko', at('2026-03-13T17:00', seoul)), at('2026-03-16T11:00', seoul));
      assert.deepEqual(pick(nextReminder(request), seoul), { kind: 'breached', seq: 1, at: '2026-03-16T10:00 Mon' });
    });
  });

  describe('late ticks and stops (R26, R27)', () => {
    it('R26: a tick after downtime posts the latest due reminder, not the stale ones', () => {
      const request = filed('A', 'en', at('2026-03-09T10:00', utc));
      assert.deepEqual(pick(dueReminder(request, at('2026-03-09T14:10', utc))), {
        kind: 'still-waiting',
        seq: 2,
        at: '2026-03-09T14:00 Mon',
      });
      assert.deepEqual(pick(dueReminder(request, at('2026-03-09T12:05', utc))), {
        kind: 'breached',
        seq: 1,
        at: '2026-03-09T12:00 Mon',
      });
    });

    for (const status of ['draft', 'responded', 'resolved', 'cancelled'] as const) {
      it(`R26: no reminders for a ${status} request`, () => {
        const request = { ...filed('B', 'en', at('2026-03-09T10:00', utc)), status };
        assert.equal(nextReminderAt(request), null);
        assert.equal(dueReminder(request, at('2026-03-20T10:00', utc)), undefined);
      });
    }

    it('R27: an undeliverable request gets no further reminders until the mark is cleared', () => {
      const request = filed('B', 'en', at('2026-03-09T10:00', utc));
      const stopped = {
        ...request,
        reminders: {
          ...request.reminders,
          undeliverable: { at: request.filedAt!, reason: '403 ConversationBlockedByUser' },
        },
      };
      assert.equal(nextReminderAt(stopped), null);
      assert.notEqual(nextReminderAt(request), null);
    });

    it('R26: no severity or no filing time → no window, no reminders', () => {
      const request = filed('B', 'en', at('2026-03-09T10:00', utc));
      assert.equal(windowOf({ ...request, assessment: { rules: [] } }), undefined);
      assert.equal(nextReminderAt({ ...request, filedAt: undefined }), null);
    });
  });

  it('R26: the policy is configurable (half-way notice, follow-ups every 2 windows, just 1)', () => {
    const policy = reminderPolicySchema.parse({ dueSoonFraction: 0.5, followUpEveryWindows: 2, maxFollowUps: 1 });
    const window = windowOf(filed('B', 'en', at('2026-03-09T10:00', utc)))!;
    assert.deepEqual(
      reminderSchedule(window, policy).map((planned) => pick(planned)),
      [
        { kind: 'due-soon', seq: 0, at: '2026-03-09T12:00 Mon' },
        { kind: 'breached', seq: 1, at: '2026-03-09T14:00 Mon' },
        { kind: 'still-waiting', seq: 2, at: '2026-03-09T22:00 Mon' },
      ],
    );
    assert.throws(() => reminderPolicySchema.parse({ dueSoonFraction: 1 }));
  });
});

function pick(planned: { kind: ReminderKind; seq: number; at: Date } | undefined, zone = utc) {
  return planned && { kind: planned.kind, seq: planned.seq, at: local(planned.at, zone) };
}
