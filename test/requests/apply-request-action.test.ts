/**
 * Card actions end to end below the bot: each verb against the
 * embedded Cosmos server, the card it returns (validated as Adaptive Card
 * 1.5), stale cards, tenant isolation, and every kind of bad action data.
 */
import assert from 'node:assert/strict';
import type { ItemDefinition } from '@azure/cosmos';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import {
  applyRequestAction,
  type ActionContext,
  type RequestActionOutcome,
} from '../../src/requests/apply-request-action';
import { createSupportRequest } from '../../src/requests/create-support-request';
import { checkCard } from '../helpers/card-check';
import { cardText, executeActions, verbsOf } from '../helpers/card-inspect';
import {
  azureFacts,
  inRequestChat,
  kim,
  lee,
  newRequest,
  openTestRequests,
  type TestRequests,
} from './request-fixtures';

const filedTime = new Date('2026-03-16T01:00:00Z');
const ctx = (overrides: Partial<ActionContext> = {}): ActionContext => ({
  tenantId: 'tenant-a',
  ...inRequestChat,
  actor: lee,
  language: 'en',
  now: new Date('2026-03-16T03:00:00Z'),
  ...overrides,
});

/** The outcome's card, checked against the Adaptive Card 1.5 schema, the parser and 28 KB. */
function cardOf(outcome: RequestActionOutcome): Record<string, unknown> {
  assert.ok('card' in outcome && outcome.card !== undefined, `expected a card with ${outcome.kind}`);
  checkCard(outcome.card, `${outcome.kind} card`);
  return outcome.card;
}

describe('request card actions (embedded Cosmos)', () => {
  let db: TestRequests;
  before(async () => {
    db = await openTestRequests();
  });
  after(() => db.close());

  async function created(overrides: Parameters<typeof newRequest>[0] = {}): Promise<SupportRequest> {
    const outcome = await createSupportRequest(db.repo, newRequest({ now: filedTime, ...overrides }));
    assert.equal(outcome.kind, 'created');
    return outcome.kind === 'created' ? outcome.request : assert.fail();
  }

  /** The raw stored document, Cosmos fields and all, to prove nothing changed. */
  async function raw(request: SupportRequest): Promise<ItemDefinition | undefined> {
    return (await db.store.container('requests').item(request.id, request.tenantId).read()).resource;
  }

  async function stored(request: SupportRequest): Promise<SupportRequest> {
    return (await db.repo.get(request.tenantId, request.id))?.request ?? assert.fail('request vanished');
  }

  describe('each action returns the updated card and stores the change', () => {
    it('request.responded: card shows "Microsoft responded", offers resolved/raise/number/cancel, no snooze', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx(), { verb: 'request.responded', requestId: request.id });
      assert.equal(outcome.kind, 'updated');
      const card = cardOf(outcome);
      assert.match(cardText(card), /Status\nMicrosoft responded/);
      assert.match(cardText(card), /Lee Jun: recorded that Microsoft responded/);
      assert.deepEqual(verbsOf(card), [
        'request.resolved',
        'request.raiseSeverity',
        'request.setNumber',
        'request.cancel',
      ]);
      assert.equal(outcome.kind === 'updated' && outcome.message, 'Recorded: Microsoft responded. Reminders stop.');
      assert.equal((await stored(request)).status, 'responded');
    });

    it('request.resolved: card shows Resolved and no actions at all', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx(), { verb: 'request.resolved', requestId: request.id });
      const card = cardOf(outcome);
      assert.match(cardText(card), /Status\nResolved/);
      assert.deepEqual(card['actions'], []);
      assert.equal((await stored(request)).status, 'resolved');
    });

    it('request.cancel: card shows Cancelled, reminders stop (nextReminderAt null)', async () => {
      const request = await created();
      assert.notEqual(request.nextReminderAt, null);
      const outcome = await applyRequestAction(db.repo, ctx(), { verb: 'request.cancel', requestId: request.id });
      assert.match(cardText(cardOf(outcome)), /Status\nCancelled/);
      const after = await stored(request);
      assert.equal(after.status, 'cancelled');
      assert.equal(after.nextReminderAt, null);
    });

    it('R21 request.raiseSeverity C → A: new deadline from the raise, guidance names Manage support requests (Azure)', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx(), {
        verb: 'request.raiseSeverity',
        requestId: request.id,
        severity: 'A',
      });
      assert.equal(outcome.kind, 'updated');
      assert.match(
        outcome.kind === 'updated' ? outcome.message : '',
        /^Severity raised to Severity A here.*\(R21\).*Manage support requests.*business impact/,
      );
      const card = cardOf(outcome);
      assert.match(cardText(card), /Severity\nA \(critical impact\)/);
      assert.match(cardText(card), /Mon 16 Mar, 05:00 UTC/);
      assert.match(cardText(card), /2 h left/);
      assert.ok(!verbsOf(card).includes('request.raiseSeverity'), 'R21: nothing above A to offer');
      const after = await stored(request);
      assert.equal(after.deadline, '2026-03-16T05:00:00.000Z');
      assert.deepEqual(after.history.at(-1), {
        at: '2026-03-16T03:00:00.000Z',
        by: lee,
        action: 'severity',
        from: 'C',
        to: 'A',
      });
    });

    it('R21 raise guidance for Office 365 names See all support tickets, in Korean too', async () => {
      const facts = { ...azureFacts('minimal'), product: 'm365' as const };
      const request = await created({ facts });
      const en = await applyRequestAction(db.repo, ctx(), { verb: 'request.open', requestId: request.id });
      assert.match(cardText(cardOf(en)), /R21: severity is determined by the business impact.*See all support tickets/);
      const ko = await applyRequestAction(db.repo, ctx({ language: 'ko' }), {
        verb: 'request.raiseSeverity',
        requestId: request.id,
        severity: 'B',
      });
      assert.match(ko.kind === 'updated' ? ko.message : '', /심각도 B.*\(R21\).*모든 지원 티켓 보기.*비즈니스 영향/);
    });

    it('request.raiseSeverity card offers only higher severities with the R21 guidance', async () => {
      const request = await created({ facts: azureFacts('moderate') });
      const card = cardOf(await applyRequestAction(db.repo, ctx(), { verb: 'request.open', requestId: request.id }));
      const text = cardText(card);
      assert.match(text, /Manage support requests/);
      assert.match(text, /Severity A/);
      assert.ok(!/title\W*Severity C/.test(JSON.stringify(card)), 'no lower choice');
    });

    it('request.setNumber: stores the trimmed digits, card shows them and offers "Change request number"', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx(), {
        verb: 'request.setNumber',
        requestId: request.id,
        number: ' 2603160010001234 ',
      });
      assert.equal(outcome.kind === 'updated' && outcome.message, 'Service request number saved: 2603160010001234.');
      const text = cardText(cardOf(outcome));
      assert.match(text, /Service request number\n2603160010001234/);
      assert.match(text, /Change request number/);
      assert.equal((await stored(request)).serviceRequestNumber, '2603160010001234');
    });

    it('R26 request.snooze 60: reminders snoozed, next reminder moved, confirmation names the time', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx({ now: new Date('2026-03-16T06:30:00Z') }), {
        verb: 'request.snooze',
        requestId: request.id,
        minutes: 60,
      });
      assert.equal(outcome.kind === 'updated' && outcome.message, 'Reminders snoozed until 16 Mar 07:30.');
      cardOf(outcome);
      const after = await stored(request);
      assert.equal(after.reminders.snoozedUntil, '2026-03-16T07:30:00.000Z');
      assert.equal(after.nextReminderAt, '2026-03-16T07:30:00.000Z');
    });

    it('request.file on a draft (message extension): filed, deadline set, card offers responded', async () => {
      const request = await created({ filed: false });
      assert.equal(request.status, 'draft');
      const outcome = await applyRequestAction(db.repo, ctx(), { verb: 'request.file', requestId: request.id });
      const card = cardOf(outcome);
      assert.deepEqual(verbsOf(card), [
        'request.responded',
        'request.resolved',
        'request.raiseSeverity',
        'request.setNumber',
        'request.snooze',
        'request.snooze',
        'request.cancel',
      ]);
      assert.equal((await stored(request)).deadline, '2026-03-16T11:00:00.000Z');
    });

    it("R21 request.raiseSeverity without a severity (a reminder card's button) shows the card with the choices, changes nothing", async () => {
      const request = await created();
      const before = await raw(request);
      const outcome = await applyRequestAction(db.repo, ctx(), {
        verb: 'request.raiseSeverity',
        requestId: request.id,
        reminderSeq: 1,
      });
      assert.equal(outcome.kind, 'shown');
      assert.match(cardText(cardOf(outcome)), /R21: severity is determined by the business impact/);
      assert.deepEqual(await raw(request), before);
    });

    it('request.open returns the current card and changes nothing', async () => {
      const request = await created();
      const before = await raw(request);
      const outcome = await applyRequestAction(db.repo, ctx({ language: 'ko' }), {
        verb: 'request.open',
        requestId: request.id,
      });
      assert.equal(outcome.kind, 'shown');
      assert.match(cardText(cardOf(outcome)), /서비스 요청\nProduction VMs unreachable/);
      assert.deepEqual(await raw(request), before);
    });

    it('every button is Action.Execute whose data repeats the verb, with an Action.Submit fallback carrying the same data', async () => {
      const request = await created();
      const card = cardOf(await applyRequestAction(db.repo, ctx(), { verb: 'request.open', requestId: request.id }));
      const actions = executeActions(card);
      assert.ok(actions.length >= 6);
      for (const action of actions) {
        assert.equal(action.data['verb'], action.verb);
        assert.equal(action.data['requestId'], request.id);
        assert.deepEqual(action.fallback, { type: 'Action.Submit', title: action.title, data: action.data });
      }
    });
  });

  describe('stale cards', () => {
    it('cancel on a request already resolved: conflict, the fresh card says why, nothing stored changes', async () => {
      const request = await created();
      await applyRequestAction(db.repo, ctx(), { verb: 'request.resolved', requestId: request.id });
      const before = await raw(request);
      const outcome = await applyRequestAction(db.repo, ctx({ actor: kim }), {
        verb: 'request.cancel',
        requestId: request.id,
      });
      assert.equal(outcome.kind, 'conflict');
      assert.equal(
        outcome.kind === 'conflict' && outcome.message,
        'This request is now "Resolved", so "Cancel request" no longer applies. The card shows its current state.',
      );
      const card = cardOf(outcome);
      assert.match(cardText(card), /no longer applies/);
      assert.deepEqual(card['actions'], []);
      assert.deepEqual(await raw(request), before);
    });

    it('R21 raising to a severity that is not higher: conflict naming the current severity', async () => {
      const request = await created({ facts: azureFacts('moderate') });
      const outcome = await applyRequestAction(db.repo, ctx(), {
        verb: 'request.raiseSeverity',
        requestId: request.id,
        severity: 'C',
      });
      assert.equal(
        outcome.kind === 'conflict' && outcome.message,
        'Severity can only be raised (R21), and it is already Severity B.',
      );
      cardOf(outcome);
    });
  });

  describe('tenant isolation', () => {
    it("another tenant's request id is not found for every verb; the message leaks nothing and the document is unchanged", async () => {
      const request = await created({ title: 'Contoso secret outage' });
      const before = await raw(request);
      const other = ctx({ tenantId: 'tenant-b' });
      for (const data of [
        { verb: 'request.open', requestId: request.id },
        { verb: 'request.responded', requestId: request.id },
        { verb: 'request.cancel', requestId: request.id },
        { verb: 'request.setNumber', requestId: request.id, number: '12345678' },
      ]) {
        const outcome = await applyRequestAction(db.repo, other, data);
        assert.deepEqual(outcome, {
          kind: 'not-found',
          message: 'I cannot find that request. It may have been removed, or it belongs to another organization.',
        });
      }
      const invalid = await applyRequestAction(db.repo, other, {
        verb: 'request.setNumber',
        requestId: request.id,
        number: 'x',
      });
      assert.equal(invalid.kind, 'invalid');
      assert.ok(!('card' in invalid) || invalid.card === undefined, 'no card from another tenant');
      assert.deepEqual(await raw(request), before);
    });
  });

  describe('bad action data: a clear message, nothing stored changes', () => {
    const cases: ReadonlyArray<[string, (id: string) => unknown, RegExp, boolean]> = [
      ['no data at all', () => undefined, /not in the expected form/, false],
      ['a string', () => 'request.responded', /not in the expected form/, false],
      ['an array', () => ['request.responded'], /not in the expected form/, false],
      ['no verb', (id) => ({ requestId: id }), /not in the expected form/, false],
      ['a verb that is not a string', (id) => ({ verb: 7, requestId: id }), /not in the expected form/, false],
      [
        'an unknown verb',
        (id) => ({ verb: 'request.explode', requestId: id }),
        /I do not know the action "request.explode"/,
        true,
      ],
      ['a missing id', () => ({ verb: 'request.responded' }), /does not say which request/, false],
      [
        'an id that is a number',
        () => ({ verb: 'request.responded', requestId: 42 }),
        /does not say which request/,
        false,
      ],
      [
        'an id with a path in it',
        () => ({ verb: 'request.responded', requestId: '../tenant-b/x' }),
        /does not say which request/,
        false,
      ],
      [
        'a number with junk',
        (id) => ({ verb: 'request.setNumber', requestId: id, number: '2603-1600-1234' }),
        /must be digits only/,
        true,
      ],
      [
        'a number with letters',
        (id) => ({ verb: 'request.setNumber', requestId: id, number: 'SR12345678' }),
        /must be digits only/,
        true,
      ],
      [
        'a number that is a JSON number',
        (id) => ({ verb: 'request.setNumber', requestId: id, number: 2603160010001234 }),
        /must be digits only/,
        true,
      ],
      ['a missing number', (id) => ({ verb: 'request.setNumber', requestId: id }), /must be digits only/, true],
      [
        'a number too short',
        (id) => ({ verb: 'request.setNumber', requestId: id, number: '123' }),
        /must be digits only/,
        true,
      ],
      [
        'severity D',
        (id) => ({ verb: 'request.raiseSeverity', requestId: id, severity: 'D' }),
        /Choose severity A, B or C/,
        true,
      ],
      [
        'severity as a number',
        (id) => ({ verb: 'request.raiseSeverity', requestId: id, severity: 1 }),
        /Choose severity A, B or C/,
        true,
      ],
      ['snooze 45 minutes', (id) => ({ verb: 'request.snooze', requestId: id, minutes: 45 }), /30 or 60 minutes/, true],
      [
        'snooze minutes as a string',
        (id) => ({ verb: 'request.snooze', requestId: id, minutes: '30' }),
        /30 or 60 minutes/,
        true,
      ],
    ];
    for (const [what, data, message, showsCard] of cases) {
      it(`${what} → invalid ("${message.source}")${showsCard ? ' with the current card' : ''}`, async () => {
        const request = await created();
        const before = await raw(request);
        const outcome = await applyRequestAction(db.repo, ctx(), data(request.id));
        assert.equal(outcome.kind, 'invalid');
        assert.match(outcome.message, message);
        assert.match(outcome.message, /nothing was changed/);
        if (showsCard) {
          const card = cardOf(outcome);
          assert.match(cardText(card), message, 'the problem is shown on the card');
        } else {
          assert.equal('card' in outcome ? outcome.card : undefined, undefined);
        }
        assert.deepEqual(await raw(request), before);
      });
    }

    it('the problem reads in Korean for a Korean user', async () => {
      const request = await created();
      const outcome = await applyRequestAction(db.repo, ctx({ language: 'ko' }), {
        verb: 'request.setNumber',
        requestId: request.id,
        number: 'abc',
      });
      assert.equal(
        outcome.kind === 'invalid' && outcome.message,
        '서비스 요청 번호는 숫자만(6~20자리) 입력할 수 있습니다. 아무것도 변경하지 않았습니다.',
      );
    });
  });
});
