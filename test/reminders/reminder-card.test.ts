import assert from 'node:assert/strict';
import { reminderCard } from '../../src/cards/reminder-card';
import type { Language } from '../../src/domain/facts';
import type { ReminderKind, SupportRequest } from '../../src/domain/requests/support-request';
import type { Severity } from '../../src/domain/severity';
import { reminderActivity } from '../../src/reminders/reminder-activity';
import { checkCard } from '../helpers/card-check';
import { cardText } from '../helpers/card-inspect';
import { filedRequest } from './fixtures';

const filedAt = new Date('2026-03-09T01:00:00Z'); // 10:00 in Seoul, Monday

interface ActionJson {
  type: string;
  title: string;
  verb: string;
  data: Record<string, unknown>;
  fallback: { type: string; data: Record<string, unknown> };
}

/** The action bar, then any ActionSet in the body (raise severity sits beside its guidance). */
function actionsOf(card: Record<string, unknown>): ActionJson[] {
  const body = card.body as { type: string; actions?: ActionJson[] }[];
  const sets = body.filter((element) => element.type === 'ActionSet').flatMap((set) => set.actions ?? []);
  return [...((card.actions as ActionJson[] | undefined) ?? []), ...sets];
}

function request(severity: Severity, language: Language): SupportRequest {
  return filedRequest({ severity, supportLanguage: language, filedAt, title: 'Mailboxes unreachable' });
}

describe('reminder card (R21, R26)', () => {
  const reminders: ReadonlyArray<[ReminderKind, number, number]> = [
    ['due-soon', 0, 0.75],
    ['breached', 1, 1.1],
    ['still-waiting', 2, 2],
    ['still-waiting', 4, 4],
  ];
  for (const severity of ['A', 'B', 'C', 'non-break-fix'] as const) {
    for (const language of ['en', 'ko'] as const) {
      for (const [kind, seq, windows] of reminders) {
        it(`R26: ${kind} #${seq} for severity ${severity} in ${language} is a valid Adaptive Card 1.5 with the request's actions`, () => {
          const subject = request(severity, language);
          const dueSoonAt = Date.parse(subject.nextReminderAt!);
          const card = reminderCard({
            request: subject,
            reminder: { kind, seq },
            now: new Date(dueSoonAt + (windows - 0.75) * 3_600_000),
          });
          checkCard(card, `${kind} ${severity} ${language}`);
          const verbs = actionsOf(card).map((action) => action.verb);
          const raisable = severity === 'B' || severity === 'C';
          assert.deepEqual(verbs, [
            'request.responded',
            'request.snooze',
            'request.snooze',
            'request.resolved',
            'request.open',
            ...(raisable ? ['request.raiseSeverity'] : []),
          ]);
          for (const action of actionsOf(card)) {
            assert.equal(action.type, 'Action.Execute');
            assert.equal(action.fallback.type, 'Action.Submit');
            assert.deepEqual(action.fallback.data, action.data, 'the Submit fallback carries the same data');
            assert.equal(action.data.verb, action.verb);
            assert.equal(action.data.requestId, subject.id);
            assert.equal(action.data.reminderSeq, seq);
          }
          assert.deepEqual(
            actionsOf(card)
              .filter((a) => a.verb === 'request.snooze')
              .map((a) => a.data.minutes),
            [30, 60],
          );
          const all = cardText(card);
          assert.ok(all.includes('Mailboxes unreachable'));
          assert.ok(all.includes('2603090010001234'), 'the service request number is shown');
          assert.equal(
            all.includes('심각도 높이기') || all.includes('Raise severity'),
            raisable,
            'R21 raise guidance only where a higher severity exists',
          );
        });
      }
    }
  }

  it('R26: shows what is due and the time left, with the deadline in local time (Seoul, R24)', () => {
    const subject = request('B', 'ko'); // 4 business hours from Mon 10:00 → Mon 14:00 KST
    const card = cardText(
      reminderCard({ request: subject, reminder: { kind: 'due-soon', seq: 0 }, now: new Date('2026-03-09T04:00:00Z') }),
    );
    assert.ok(card.includes('Microsoft의 최초 응답 기한이 곧 다가옵니다'));
    assert.ok(card.includes('3월 9일 (월) 14:00 KST'), card);
    assert.ok(card.includes('1시간 남음'));
    assert.ok(card.includes('심각도 B'));
    assert.ok(card.includes('서울 (KST) 영업시간 기준'), card);
    assert.ok(!card.includes('Asia/Seoul'), 'never the raw zone id');
  });

  it('R26: a breach says how long it is overdue; a follow-up says which of 3', () => {
    const subject = request('A', 'en'); // wall clock: due 03:00Z
    const breached = cardText(
      reminderCard({ request: subject, reminder: { kind: 'breached', seq: 1 }, now: new Date('2026-03-09T03:35:00Z') }),
    );
    assert.ok(breached.includes("Microsoft's initial response is overdue"));
    assert.ok(breached.includes('overdue by 35 min'));
    assert.ok(breached.includes('English support: around the clock'));
    const followUp = cardText(
      reminderCard({
        request: subject,
        reminder: { kind: 'still-waiting', seq: 3 },
        now: new Date('2026-03-09T07:00:00Z'),
      }),
    );
    assert.ok(followUp.includes('Still waiting for Microsoft (follow-up 2 of 3)'));
    assert.ok(followUp.includes('Manage support requests'));
  });

  it('updated in place: once Microsoft responded the card says so and drops its buttons', () => {
    const subject = { ...request('B', 'en'), status: 'responded' as const };
    const card = reminderCard({ request: subject, reminder: { kind: 'due-soon', seq: 0 }, now: filedAt });
    checkCard(card);
    assert.deepEqual(actionsOf(card), []);
    assert.ok(cardText(card).includes('Microsoft responded. Reminders stopped.'));
  });

  it('updated in place: a snooze shows until when, in local time', () => {
    const base = request('C', 'ko');
    const subject = { ...base, reminders: { ...base.reminders, snoozedUntil: '2026-03-09T08:00:00.000Z' } };
    const card = cardText(
      reminderCard({ request: subject, reminder: { kind: 'due-soon', seq: 0 }, now: new Date('2026-03-09T07:00:00Z') }),
    );
    assert.ok(card.includes('3월 9일 (월) 17:00 KST까지 알림을 미뤘습니다.'), card);
  });

  it("the escalation channel's copy names who asked; the activity carries a preview summary", () => {
    const subject = request('A', 'en');
    const activity = reminderActivity({
      request: subject,
      reminder: { kind: 'breached', seq: 1 },
      now: filedAt,
      audience: 'escalation',
    });
    assert.equal(activity.summary, "Microsoft's initial response is overdue: Mailboxes unreachable");
    const card = activity.attachments![0]!.content as Record<string, unknown>;
    checkCard(card);
    assert.ok(cardText(card).includes('requested by Dana Agent'));
  });

  describe('user text is shown literally', () => {
    /** A markdown link whose brackets are not escaped: Teams would render it clickable. */
    const liveLink = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
    const phishing = '[Reset your password](https://evil.example)';

    it("the title and the requester's name on the escalation channel copy are not markdown", () => {
      const base = request('B', 'en');
      const card = reminderCard({
        request: { ...base, title: phishing, requestedBy: { id: '29:x', name: `**Admin** ${phishing}` } },
        reminder: { kind: 'breached', seq: 1 },
        now: filedAt,
        audience: 'escalation',
      });
      checkCard(card);
      const blocks = (card.body as { type: string; text?: string }[])
        .filter((element) => element.type === 'TextBlock')
        .map((element) => element.text ?? '');
      assert.ok(
        blocks.some((text) => text.includes('Reset your password')),
        'the title is shown',
      );
      for (const text of blocks) assert.doesNotMatch(text, liveLink, text);
      assert.ok(!blocks.some((text) => text.includes('**Admin**')), 'no bold from a name');
    });

    it('the notification preview keeps the title as written (plain text)', () => {
      const activity = reminderActivity({
        request: { ...request('B', 'en'), title: 'a_b*c' },
        reminder: { kind: 'breached', seq: 1 },
        now: filedAt,
      });
      assert.match(activity.summary!, /a_b\*c$/);
    });
  });
});
