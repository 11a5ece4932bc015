/**
 * One spelling for the same text (rulebook §7): full-width letters and digits become
 * ASCII (NFKC), typographic quotes become ASCII quotes, runs of white space
 * become one space. Case is kept: a few cues ("Teams", "Office") depend on it.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const hangulWord = /[\uAC00-\uD7A3]+/;

/** The first run of Hangul syllables, if the text has any. */
export function firstHangulWord(text: string): string | undefined {
  return hangulWord.exec(text)?.[0];
}
