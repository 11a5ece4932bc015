/**
 * Every card stays under Teams' 28 KB whatever users type.
 * Each card is built with the largest inputs users control — 5 KB display
 * names, the longest titles made only of characters that escaping doubles,
 * full histories, the most rows — and checked by card-check (schema, parser,
 * size). A long name or title is cut with an ellipsis.
 */
import assert from 'node:assert/strict';
import { literal } from '../../src/cards/literal-text';
import { questionCard } from '../../src/cards/question-card';
import { reminderCard } from '../../src/cards/reminder-card';
import { requestCard } from '../../src/cards/request-card';
import { requestFormCard } from '../../src/cards/request-form-card';
import { statusCard } from '../../src/cards/status-card';
import { summaryCard } from '../../src/cards/summary-card';
import { assess } from '../../src/domain/assess';
import type { SupportRequest } from '../../src/domain/requests/support-request';
import { t } from '../../src/i18n';
import { checkCard } from '../helpers/card-check';
import { filedRequest } from '../reminders/fixtures';

const hugeName = `${'*'.repeat(2_500)}${'가'.repeat(2_500)}`;
const hugeTitle = '[_'.repeat(150);
const now = new Date('2026-03-09T02:00:00Z');

function worstRequest(): SupportRequest {
  const base = filedRequest({ severity: 'B', supportLanguage: 'ko', filedAt: now, title: hugeTitle });
  const person = { id: `29:${'x'.repeat(200)}`, name: hugeName };
  const history = Array.from({ length: 40 }, (_, i) => ({
    at: now.toISOString(),
    by: person,
    action: i % 2 ? 'number' : 'snoozed',
    to: '9'.repeat(20),
  }));
  return {
    ...base,
    requestedBy: person,
    serviceRequestNumber: '9'.repeat(20),
    source: {
      messageId: '1'.repeat(200),
      link: `https://teams.microsoft.com/l/message/${'1'.repeat(1_900)}`,
      author: hugeName.slice(0, 200),
    },
    history,
  };
}

const sizeOf = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe('cards stay under 28 KB with the largest user input', () => {
  it('the request card, in both languages', () => {
    for (const language of ['en', 'ko'] as const)
      checkCard(
        requestCard(worstRequest(), language, now, { text: 'x', style: 'warning' }),
        `request card (${language})`,
      );
  });

  it('the reminder card and its escalation channel copy', () => {
    for (const audience of ['thread', 'escalation'] as const) {
      checkCard(
        reminderCard({ request: worstRequest(), reminder: { kind: 'still-waiting', seq: 3 }, now, audience }),
        `reminder (${audience})`,
      );
    }
  });

  it('the status card with every row at its longest', () => {
    const rows = Array.from({ length: 60 }, () => ({ request: worstRequest() }));
    checkCard(statusCard(rows, 'team', 'ko', now), 'status card');
  });

  it('the question and summary cards asked by someone with a 5 KB name in a group chat', () => {
    const askedBy = t('ko', 'triage.askedBy', { name: literal(hugeName) });
    const facts = {
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'unavailable',
      impact: 'critical',
      adminRelationship: true,
    } as const;
    const assessment = assess(facts, { cspModel: 'direct', role: 'admin-agent' });
    const at = { check: 'c'.repeat(40), step: 99 };
    checkCard(
      summaryCard({
        assessment,
        facts,
        language: 'ko',
        askedBy,
        at,
        tracked: { requestId: 'r'.repeat(100), title: hugeName, deadline: 'x'.repeat(100) },
      }),
      'summary',
    );
    const question = assess({}, {}).nextQuestion!;
    checkCard(questionCard({ question, language: 'ko', askedBy, understood: [], at, canGoBack: true }), 'question');
  });

  it('the "File support request" form with the longest title and description', () => {
    const card = requestFormCard({
      language: 'ko',
      title: hugeTitle,
      description: '<'.repeat(4_000),
      questions: [],
      facts: {},
      profile: {},
      problems: [],
      source: { id: '1'.repeat(200), link: '', author: hugeName.slice(0, 200) },
      formId: 'f'.repeat(100),
    });
    checkCard(card, 'form');
  });

  it('cuts a long name with an ellipsis, at a character, not inside one', () => {
    const shown = literal('가'.repeat(1_000), 80);
    assert.equal([...shown].length, 80);
    assert.ok(shown.endsWith('…'));
    assert.ok(sizeOf(shown) < 400);
  });
});
