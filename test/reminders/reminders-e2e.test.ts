/**
 * End to end on a fast clock: the scheduler, the real CloudAdapter through
 * BotSender, the embedded Cosmos server and a Bot Connector stand-in. Three
 * requests filed on Monday 10:00 Seoul (01:00 UTC) walk through all their
 * reminders in well under a second: the injected clock steps 5 virtual
 * minutes per tick (a stepped clock, so a GC pause cannot pass for lateness).
 * Each card must arrive at the first tick at or after its due time, with the
 * right content, in the right conversation or thread.
 */
import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BotSender } from '../../src/reminders/bot-sender';
import { ReminderScheduler } from '../../src/reminders/scheduler';
import { at, local, seoul } from '../domain/clock/local-time';
import { cardsIn } from '../helpers/card-check';
import { ConnectorStandIn, type RecordedPost } from '../helpers/connector-stand-in';
import { silentLog } from '../helpers/log-capture';
import { TestCosmos } from '../helpers/test-cosmos';
import { conversationIdOf, filedRequest, load, store } from './fixtures';

const minute = 60_000;
const stepMs = 5 * minute;

interface Expected {
  readonly kind: string;
  readonly seq: number;
  readonly at: string;
}

function reminders(times: readonly string[]): Expected[] {
  const kinds = ['due-soon', 'breached', 'still-waiting', 'still-waiting', 'still-waiting'];
  return times.map((time, seq) => ({ kind: kinds[seq]!, seq, at: time }));
}

function actionData(post: RecordedPost): { reminderKind: string; reminderSeq: number; requestId: string } {
  const card = cardsIn([post.activity as { attachments?: { contentType?: string; content?: unknown }[] }])[0]!;
  return (card.actions as { data: { reminderKind: string; reminderSeq: number; requestId: string } }[])[0]!.data;
}

describe('reminders end to end: scheduler + CloudAdapter + embedded Cosmos + connector stand-in, fast clock (R21, R24, R26)', function () {
  this.timeout(30_000);

  const start = at('2026-03-09T10:00', seoul); // Monday 10:00 in Seoul = 01:00 UTC
  let virtual: Date;
  let cosmos: TestCosmos;
  let connector: ConnectorStandIn;
  before(async () => {
    cosmos = await TestCosmos.start();
    connector = await ConnectorStandIn.start(() => virtual);
  });
  after(async () => {
    await connector.stop();
    await cosmos.stop();
  });

  it('R26: every reminder card arrives on time, with the right content, in the right conversation or thread', async () => {
    const container = cosmos.container(await cosmos.freshContainer());
    const base = { serviceUrl: connector.serviceUrl };

    const filedAt = start;
    const english = filedRequest({
      ...base,
      severity: 'A',
      supportLanguage: 'en',
      filedAt,
      conversationType: 'personal',
      title: 'Production VMs down',
    });
    const korean = filedRequest({
      ...base,
      severity: 'A',
      supportLanguage: 'ko',
      filedAt,
      conversationId: '19:helpdesk@thread.tacv2',
      conversationType: 'channel',
      cardActivityId: '1741482000000',
      title: '전체 사용자 메일 접속 불가',
    });
    // The requests handler snoozed "due soon" by 15 min (R26): it moves 11:30 → 11:45, the breach stays 12:00.
    const snoozedUntil = at('2026-03-09T11:45', seoul).toISOString();
    const snoozed = { ...korean, nextReminderAt: snoozedUntil, reminders: { ...korean.reminders, snoozedUntil } };
    const groupChat = filedRequest({
      ...base,
      severity: 'B',
      supportLanguage: 'en',
      filedAt,
      conversationType: 'groupChat',
      title: 'Some users see slow mail',
    });
    await store(container, [english, snoozed, groupChat]);

    const expected = new Map<string, { conversationId: string; zone: string; reminders: Expected[] }>([
      // R24 English break-fix: wall clock.
      [
        english.id,
        {
          conversationId: conversationIdOf(english),
          zone: 'UTC',
          reminders: reminders([
            '2026-03-09T02:30',
            '2026-03-09T03:00',
            '2026-03-09T05:00',
            '2026-03-09T07:00',
            '2026-03-09T09:00',
          ]),
        },
      ],
      // R24 Korean: business hours in Seoul; in a channel, replies go into the request card's thread.
      [
        korean.id,
        {
          conversationId: '19:helpdesk@thread.tacv2;messageid=1741482000000',
          zone: seoul,
          reminders: reminders([
            '2026-03-09T11:45',
            '2026-03-09T12:00',
            '2026-03-09T14:00',
            '2026-03-09T16:00',
            '2026-03-09T18:00',
          ]),
        },
      ],
      [
        groupChat.id,
        {
          conversationId: conversationIdOf(groupChat),
          zone: 'UTC',
          reminders: reminders([
            '2026-03-09T04:00',
            '2026-03-09T05:00',
            '2026-03-09T09:00',
            '2026-03-09T13:00',
            '2026-03-09T17:00',
          ]),
        },
      ],
    ]);

    const scheduler = new ReminderScheduler({
      container,
      sender: new BotSender(new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), ''),
      log: silentLog,
      now: () => virtual,
      settings: { backoffBaseMs: 5, backoffMaxMs: 20 },
    });
    const realStart = performance.now();
    const end = at('2026-03-10T10:00', seoul); // a day on: well past every last follow-up
    for (virtual = start; virtual <= end; virtual = new Date(virtual.getTime() + stepMs)) await scheduler.tick(virtual);
    const realMs = performance.now() - realStart;

    assert.equal(connector.posts.length, 15, 'five reminders for each of three requests, then none');
    for (const [requestId, plan] of expected) {
      const posts = connector.posts.filter((post) => actionData(post).requestId === requestId);
      assert.deepEqual(
        posts.map((post) => post.conversationId),
        plan.reminders.map(() => plan.conversationId),
        'every card in the request conversation (the card thread in a channel)',
      );
      plan.reminders.forEach((reminder, i) => {
        const post = posts[i]!;
        const data = actionData(post);
        assert.deepEqual(
          { kind: data.reminderKind, seq: data.reminderSeq },
          { kind: reminder.kind, seq: reminder.seq },
        );
        const dueAt = at(reminder.at, plan.zone).getTime();
        const lateMs = post.receivedAt.getTime() - dueAt;
        assert.ok(lateMs >= 0, `${requestId} #${i} arrived ${-lateMs / minute} min early (due ${reminder.at})`);
        assert.ok(
          lateMs < stepMs,
          `${requestId} #${i} arrived ${lateMs / minute} min late (due ${reminder.at}, got ${local(post.receivedAt, plan.zone)})`,
        );
      });
    }

    const koreanCards = connector.posts
      .filter((post) => actionData(post).requestId === korean.id)
      .map((post) => JSON.stringify(post.activity));
    assert.ok(koreanCards[0]!.includes('Microsoft의 최초 응답 기한이 곧 다가옵니다'));
    assert.ok(koreanCards[0]!.includes('3월 9일 (월) 12:00 KST'));
    assert.ok(koreanCards[0]!.includes('"심각도","value":"A(심각한 영향)"'));
    assert.ok(koreanCards[1]!.includes('Microsoft의 최초 응답 기한이 지났습니다'));
    assert.ok(koreanCards[4]!.includes('후속 알림 3/3'));
    const englishCards = connector.posts
      .filter((post) => actionData(post).requestId === english.id)
      .map((post) => JSON.stringify(post.activity));
    assert.ok(englishCards[0]!.includes('30 min left'));
    assert.ok(englishCards[1]!.includes('overdue by'));
    assert.ok(
      englishCards.every(
        (card) => card.includes('Production VMs down') && card.includes('"Severity","value":"A (critical impact)"'),
      ),
    );

    const recorded = await load(container, english);
    assert.equal(recorded.nextReminderAt, null);
    assert.deepEqual(
      recorded.reminders.sent.map((entry) => entry.seq),
      [0, 1, 2, 3, 4],
    );
    assert.ok(realMs < 10_000, `24 virtual hours (289 ticks) took ${Math.round(realMs)} ms`);
  });
});
