/**
 * Plays a triage through the HTTP endpoint the way a user would: each
 * question card is answered by clicking the button for the scripted answer
 * (or typing it), until the summary card arrives. Asking a question the
 * script does not expect fails the test: the bot must ask only what matters.
 */
import assert from 'node:assert/strict';
import type { Reply, TestBot, UserContext } from './bot-harness';

/** The answers of a severity A Azure outage, filed through a CSP service request (R6, R10, R21). */
export const severityA = {
  cspModel: 'direct',
  role: 'admin-agent',
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact: 'critical',
  language: 'en',
} as const;

export type Answers = Readonly<Record<string, string | { typed: string }>>;

export interface TriageRun {
  /** The question keys asked, in order. */
  readonly asked: string[];
  readonly summary: Record<string, unknown>;
  readonly replies: Reply[];
}

/** The data of the first Action.Submit in a card that satisfies the test. */
export function submitData(
  card: Record<string, unknown>,
  test: (data: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    const data = (node as { data?: unknown }).data;
    if (data !== null && typeof data === 'object' && test(data as Record<string, unknown>))
      found = data as Record<string, unknown>;
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** The question key of a question card, from its answer buttons' data. */
export function questionKeyOf(card: Record<string, unknown>): string | undefined {
  const data = submitData({ body: card.body }, (d) => d.verb === 'triage.answer');
  return data?.question as string | undefined;
}

/** The data a click on the card's answer `value` sends (the confirm button's, with `choice`, for a multi-select). */
export function answerClick(card: Record<string, unknown>, key: string, value: string): Record<string, unknown> {
  const button = submitData(card, (d) => d.verb === 'triage.answer' && d.question === key && d.value === value);
  if (button !== undefined) return button;
  const confirm = submitData(card, (d) => d.verb === 'triage.answer' && d.question === key && d.value === undefined);
  assert.ok(confirm, `the card has no answer "${value}" for "${key}"`);
  return { ...confirm, choice: value };
}

export function isSummary(card: Record<string, unknown>): boolean {
  return JSON.stringify(card).includes('"targetElements":["why"]');
}

export async function playTriage(
  bot: TestBot,
  user: UserContext,
  start: string | Record<string, unknown>,
  answers: Answers,
): Promise<TriageRun> {
  const asked: string[] = [];
  const replies: Reply[] = [];
  let reply = typeof start === 'string' ? await bot.say(user, start) : await bot.click(user, start);
  for (let turn = 0; turn < 25; turn++) {
    replies.push(reply);
    const card = reply.cards.at(-1);
    assert.ok(card, `expected a card, got ${JSON.stringify(reply.activities.map((a) => a.text))}`);
    if (isSummary(card)) return { asked, summary: card, replies };
    // A message that is also a question gets the "answer or triage?" card: choose triage.
    const triageRoute = submitData(card, (d) => d.verb === 'message.route' && d.route === 'triage');
    if (triageRoute !== undefined) {
      reply = await bot.click(user, triageRoute);
      continue;
    }
    const key = questionKeyOf(card);
    assert.ok(key, 'expected a question card');
    const answer = answers[key];
    assert.ok(
      answer !== undefined,
      `asked "${key}", which the script does not expect (asked so far: ${asked.join(', ')})`,
    );
    asked.push(key);
    reply =
      typeof answer === 'string'
        ? await bot.click(user, answerClick(card, key, answer))
        : await bot.say(user, answer.typed);
  }
  assert.fail('no summary after 25 turns');
}
