/**
 * One whole triage in the playground, answered the way a user does it: read
 * the question on the newest card, click the button whose text is the
 * scripted answer. Prompts and button texts come from the bot's own English
 * dictionaries, so a reworded question does not break the walk, but a
 * question the script does not expect does.
 */
import type { Locator } from 'playwright-core';
import type { QuestionKey } from '../../src/domain/assess';
import { texts } from '../../src/domain/texts';
import { t } from '../../src/i18n';
import type { ChatPage } from './chat-page';

export type Answers = Readonly<Partial<Record<QuestionKey, string>>>;

export interface TriageWalk {
  /** The question keys asked, in order. */
  readonly asked: QuestionKey[];
  readonly summary: Locator;
}

interface QuestionText {
  readonly prompt: string;
  readonly options: Readonly<Record<string, string>>;
}

const questionTexts = texts.en.questions as Readonly<Record<QuestionKey, QuestionText>>;
const questions = Object.entries(questionTexts) as [QuestionKey, QuestionText][];

/** The question a card asks, by its prompt. */
function questionOn(cardText: string): QuestionKey | undefined {
  return questions.find(([, question]) => cardText.includes(question.prompt))?.[0];
}

/** During a triage only the summary offers "I've filed it". */
async function isSummary(chat: ChatPage, card: Locator): Promise<boolean> {
  return (await chat.buttonsOf(card)).includes(t('en', 'summary.filed'));
}

export async function walkTriage(chat: ChatPage, start: string, answers: Answers, maxTurns = 25): Promise<TriageWalk> {
  const asked: QuestionKey[] = [];
  let card = await chat.send(start);
  for (let turn = 0; turn < maxTurns; turn++) {
    if (await isSummary(chat, card)) return { asked, summary: card };
    const text = await card.innerText();
    // A message that could also be a question gets the "answer or triage?" card: choose triage.
    if ((await chat.buttonsOf(card)).includes(t('en', 'route.triage')) && questionOn(text) === undefined) {
      card = await chat.clickForReply(card, t('en', 'route.triage'));
      continue;
    }
    const key = questionOn(text);
    if (key === undefined) throw new Error(`expected a question or the summary, got a card reading:\n${text}`);
    const value = answers[key];
    if (value === undefined) throw new Error(`asked "${key}", which the script does not expect (asked so far: ${asked.join(', ')})`);
    if (asked.includes(key)) throw new Error(`asked "${key}" again after it was answered (asked: ${asked.join(', ')})`);
    asked.push(key);
    const label = questionTexts[key].options[value];
    if (label === undefined) throw new Error(`"${value}" is not an answer to "${key}"`);
    card = await chat.clickForReply(card, label);
  }
  throw new Error(`no summary card after ${maxTurns} turns (asked: ${asked.join(', ')})`);
}
