/**
 * One whole triage in the playground, answered the way a user does it: read
 * the question on the check's card, click the button whose text is the
 * scripted answer, and see the SAME card redrawn with the next question.
 * Prompts and button texts come from the bot's own dictionaries in the
 * chat's language, so a reworded question does not break the walk, but a
 * question the script does not expect (or a second card) does.
 */
import type { Locator } from 'playwright-core';
import type { QuestionKey } from '../../src/domain/assess';
import { texts } from '../../src/domain/texts';
import { t, type Language } from '../../src/i18n';
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

const questionTexts = (language: Language) => texts[language].questions as Readonly<Record<QuestionKey, QuestionText>>;

/** The question a card asks, by its prompt. */
function questionOn(cardText: string, language: Language): QuestionKey | undefined {
  const questions = Object.entries(questionTexts(language)) as [QuestionKey, QuestionText][];
  return questions.find(([, question]) => cardText.includes(question.prompt))?.[0];
}

/** During a triage only the answer offers "I've filed it". */
async function isSummary(chat: ChatPage, card: Locator, language: Language): Promise<boolean> {
  return (await chat.buttonsOf(card)).includes(t(language, 'summary.filed'));
}

/** `atFirstQuestion` sees the check's card before it is answered (for its screenshot). */
export async function walkTriage(
  chat: ChatPage,
  start: string,
  answers: Answers,
  language: Language,
  atFirstQuestion: (card: Locator) => Promise<void> = async () => undefined,
  maxTurns = 25,
): Promise<TriageWalk> {
  const asked: QuestionKey[] = [];
  let card = await chat.send(start);
  for (let turn = 0; turn < maxTurns; turn++) {
    if (await isSummary(chat, card, language)) return { asked, summary: card };
    const text = await card.innerText();
    // A message that could also be a question gets the "answer or triage?" card: choose triage.
    if (
      (await chat.buttonsOf(card)).includes(t(language, 'route.triage')) &&
      questionOn(text, language) === undefined
    ) {
      card = await chat.clickForReply(card, t(language, 'route.triage'));
      continue;
    }
    const key = questionOn(text, language);
    if (key === undefined) throw new Error(`expected a question or the summary, got a card reading:\n${text}`);
    const value = answers[key];
    if (value === undefined)
      throw new Error(`asked "${key}", which the script does not expect (asked so far: ${asked.join(', ')})`);
    if (asked.includes(key)) throw new Error(`asked "${key}" again after it was answered (asked: ${asked.join(', ')})`);
    if (asked.length === 0) await atFirstQuestion(card);
    asked.push(key);
    const label = questionTexts(language)[key].options[value];
    if (label === undefined) throw new Error(`"${value}" is not an answer to "${key}"`);
    card = await chat.clickForUpdate(card, label);
  }
  throw new Error(`no summary card after ${maxTurns} turns (asked: ${asked.join(', ')})`);
}
