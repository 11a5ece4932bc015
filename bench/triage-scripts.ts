/**
 * What simulated users do: whole triages by clicking card buttons, as a new
 * user each time (so the profile questions are part of the conversation),
 * in English and Korean. The answer sets are ones the end-to-end tests
 * (test/e2e/triage.test.ts) show reaching a summary card. A question a script
 * does not expect is answered with the card's first option, so a change in
 * the question order slows the benchmark's users down, never stops them.
 */
import { isSummary, questionKeyOf, submitData } from '../test/helpers/triage-driver';
import type { BenchSession, SessionReply } from './bench-session';

export interface TriageScript {
  readonly locale: 'en-US' | 'ko-KR';
  readonly start: string;
  readonly answers: Readonly<Record<string, string>>;
}

const directAdmin = { cspModel: 'direct', role: 'admin-agent', adminRelationship: 'yes' };

export const triageScripts: readonly TriageScript[] = [
  {
    locale: 'en-US',
    start: 'Our customer production Azure VM is down for all users',
    answers: {
      ...directAdmin,
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'unavailable',
      impact: 'critical',
      language: 'en',
    },
  },
  {
    locale: 'ko-KR',
    start: '고객의 Exchange Online 메일 전송이 일부 사용자에게 간헐적으로 느려요',
    answers: {
      ...directAdmin,
      product: 'm365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'ko',
    },
  },
  {
    locale: 'en-US',
    start: 'new',
    answers: {
      ...directAdmin,
      paidPlans: 'none',
      product: 'dynamics365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'en',
      mpnLevel: 'silver',
      cloudCompetency: 'no',
    },
  },
  {
    locale: 'ko-KR',
    start: '새로',
    answers: {
      ...directAdmin,
      product: 'm365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'configuration',
    },
  },
];

const maxTurns = 30;

export interface TriageOutcome {
  /** The summary card, or undefined when none came within maxTurns. */
  readonly summary: Record<string, unknown> | undefined;
  readonly turns: number;
  /** Questions the script did not expect (answered with the first option). */
  readonly unscripted: number;
}

/**
 * The click for `answer`, taken from the card's own buttons: the button
 * carrying that option, or for a multi-select the submit button plus the
 * chosen ids; the first option when the script has no answer.
 */
function answerData(card: Record<string, unknown>, answer: string | undefined): Record<string, unknown> | undefined {
  const anyAnswer = submitData(card, (d) => d.verb === 'triage.answer');
  if (answer === undefined) return anyAnswer;
  const button = submitData(card, (d) => d.verb === 'triage.answer' && d.value === answer);
  return button ?? (anyAnswer === undefined ? undefined : { ...anyAnswer, choice: answer });
}

/** Plays one triage to its summary card; `keepGoing` lets the benchmark stop users between turns. */
export async function playScriptedTriage(
  session: BenchSession,
  script: TriageScript,
  keepGoing: () => boolean,
): Promise<TriageOutcome> {
  let reply: SessionReply = await session.say(script.start);
  let unscripted = 0;
  for (let turns = 1; turns <= maxTurns && keepGoing(); turns++) {
    const card = reply.cards.at(-1);
    if (card === undefined) return { summary: undefined, turns, unscripted };
    if (isSummary(card)) return { summary: card, turns, unscripted };
    const route = submitData(card, (d) => d.route === 'triage');
    const key = questionKeyOf(card);
    if (route === undefined && key === undefined) return { summary: undefined, turns, unscripted };
    const answer = key === undefined ? undefined : script.answers[key];
    if (key !== undefined && answer === undefined) unscripted++;
    const data = route ?? answerData(card, answer);
    if (data === undefined) return { summary: undefined, turns, unscripted };
    reply = await session.click(data);
  }
  return { summary: undefined, turns: maxTurns, unscripted };
}
