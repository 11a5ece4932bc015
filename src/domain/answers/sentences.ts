/**
 * A message's sentences, and which of them ask something. The router reads a
 * case message sentence by sentence to find a second, general question beside
 * the case (route `both`), and the question-kind model is trained on the same
 * sentences, so both split text the same way.
 */

// Korean chat often ends a sentence with "…요" or "…다" and no full stop; an ellipsis ("…") ends one as "..." does; the
// stops of "e.g." and "i.e." end none.
const sentenceBreak = /(?<!\b[ei])(?<!\b(?:e\.g|i\.e))[.!?\n;…]+|(?<=[가-힣][요다죠까])[,~ㅠㅜ]*\s+/u;
/** The words an English question opens with. */
export const questionWords = String.raw`(?:how|what|where|when|who|which|why|can|could|do|does|is|are|should|will|would)\b`;
// Hangul syllables that end in ㄴ (인, 한, 건, 뭔…): "-ㄴ가요" after one asks, "-ㄴ데" after one joins two clauses.
export const endsInNieun = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 4)).join('');
// Korean statements and questions share "…요"; only these endings (or a "?") ask. "나요" asks joined to a verb
// ("되나요"), not after a space, where it is 나다 ("오류가 나요"); "가요" asks after ㄴ ("인가요"), or after a verb
// stem with a question word ("어떻게 들어가요"), not in a statement ("새 노트북이 엉뚱한 그룹으로 들어가요").
const questionSentence = new RegExp(
  String.raw`(?:(?<=\S)나요|(?<=[${endsInNieun}])가요|까요|되죠|맞죠)\s*$|(?:는지|인지|은지|알려\s?주|부탁|궁금|알고 싶)|^(?:also|and|but|btw|plus|separately)?[\s,]*${questionWords}|\b(?:let me know|tell me|like to know|wondering|need to know|want to know|curious|please confirm|please clarify|please explain)\b`,
  'iu',
);

const goesEnding = /가요\s*$/u;
// "Where", "how", "who"…, but not "몇" ("직원 몇 명이 못 들어가요" says "a few").
const asksWhereItGoes = /어디|어떻게|누가|누구|뭘|무엇|언제|왜/u;

/** Does the wording ask, "?" aside ("…되나요", "where do I…", "please confirm…")? */
export function asksByWording(sentence: string): boolean {
  return questionSentence.test(sentence) || (goesEnding.test(sentence) && asksWhereItGoes.test(sentence));
}

export function sentencesOf(text: string): string[] {
  return text
    .split(sentenceBreak)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// "…고객 정보 넣어요 아님 저희 정보 넣어요?": the second half of an either-or question, which the first half gives its subject.
const alternative = /^(?:아니면|아님|혹은|또는|or)(?=[\s,]|$)/iu;
const lastWord = (sentence: string): string => sentence.slice(sentence.lastIndexOf(' ') + 1);

// A half that asks "where", "who" or "what" is a question of its own ("…안 돼요 이건 어디로 올려야 돼요?").
const asksOnItsOwn = /어디|누가|누구|뭘|무엇|무슨|어떻게|언제|왜|몇/u;

/** "…저희 걸 넣어요 고객 걸 넣어요?": two halves with the same verb and no stop between them ask one either-or question. */
function parallelHalves(previous: string, gap: string, sentence: string): boolean {
  const verb = lastWord(sentence);
  return /^\s+$/u.test(gap) && /[가-힣]요$/u.test(verb) && lastWord(previous) === verb && !asksOnItsOwn.test(sentence);
}

/**
 * The sentences that ask: a "?" ends them, or their wording asks (one pass: looking each sentence up again was
 * quadratic). The second half of an either-or question is read with the sentence before it.
 */
export function questionSentences(text: string): string[] {
  const parts = text.split(new RegExp(`(${sentenceBreak.source})`, 'u'));
  const asking: string[] = [];
  let previous = '';
  for (let i = 0; i < parts.length; i += 2) {
    const sentence = (parts[i] ?? '').trim();
    if (sentence === '') continue;
    if ((parts[i + 1] ?? '').includes('?') || asksByWording(sentence)) {
      if (previous !== '' && (alternative.test(sentence) || parallelHalves(previous, parts[i - 1] ?? '', sentence))) {
        if (asking.at(-1) === previous) asking.pop();
        asking.push(`${previous} ${sentence}`);
      } else asking.push(sentence);
    }
    previous = sentence;
  }
  return asking;
}
