/**
 * Reads a typed answer to a question card: the option's number, its id, its
 * label in English or Korean, a yes/no synonym, or what the free-text reader
 * sees in the words ("production is down" answers the impact question).
 */
import { describeQuestion, type Question } from '../../domain/assess';
import { readText } from '../../domain/reader/read-text';
import { wordForm } from '../../domain/text-tools/normalise';

const yesWords = new Set([
  'yes',
  'y',
  'yeah',
  'yep',
  'sure',
  'true',
  '네',
  '예',
  '응',
  '그렇습니다',
  '맞아요',
  '있음',
  '있어요',
]);
const noWords = new Set(['no', 'n', 'nope', 'false', '아니요', '아니오', '아뇨', '아니', '없음', '없어요', 'none']);
const listSeparators = /\s*(?:,|;|\/|\band\b|및|그리고)\s*/u;

/** The option ids the text picks for the question, or undefined when it matches none. */
export function readAnswer(question: Question, text: string): string[] | undefined {
  const ids = describeQuestion(question, 'en').options.map((o) => o.id);
  const parts = describeQuestion(question, 'en').multiple ? text.split(listSeparators) : [text];
  const chosen = parts.map((part) => readOne(question, ids, part));
  if (chosen.length === 0 || chosen.some((id) => id === undefined)) return undefined;
  return [...new Set(chosen as string[])];
}

function readOne(question: Question, ids: readonly string[], raw: string): string | undefined {
  const text = wordForm(raw);
  if (text === '') return undefined;
  const number = /^(\d+)(?:번)?$/u.exec(text);
  if (number) return ids[Number(number[1]) - 1];
  if (ids.includes(text)) return text;
  const byLabel = labelMatch(question, ids, text);
  if (byLabel !== undefined) return byLabel;
  if (ids.includes('yes') && yesWords.has(text)) return 'yes';
  if (ids.includes('no') && noWords.has(text)) return 'no';
  if (ids.includes('none') && noWords.has(text)) return 'none';
  // Typed at the service-health question, "nothing there" / "아직 못 봤어요" speaks of service health (R3, R4).
  const read = question.key === 'serviceHealth' ? `service health: ${raw}` : raw;
  const suggestion = (readText(read) as Record<string, { value: string } | undefined>)[question.key];
  return suggestion !== undefined && ids.includes(suggestion.value) ? suggestion.value : undefined;
}

/** Exact label first, then a label the text contains or that contains the text. */
function labelMatch(question: Question, ids: readonly string[], text: string): string | undefined {
  const labels = (['en', 'ko'] as const).flatMap((language) =>
    describeQuestion(question, language).options.map((o) => ({ id: o.id, label: wordForm(o.label) })),
  );
  const exact = labels.find((l) => l.label === text);
  if (exact) return exact.id;
  const partial = labels.filter((l) => text.length >= 2 && (l.label.includes(text) || text.includes(l.label)));
  const distinct = new Set(partial.map((l) => l.id));
  return distinct.size === 1 && ids.includes(partial[0]!.id) ? partial[0]!.id : undefined;
}
