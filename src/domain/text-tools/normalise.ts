/**
 * The one normaliser of partner text (rulebook §7). The fact reader, the router, the
 * topic matcher, the case model and the command words all read the same
 * spelling: full-width letters and digits become ASCII (NFKC), typographic
 * quotes and dashes become ASCII ones, runs of white space become one space.
 * Case is kept: a few fact cues ("Teams", "Office") depend on it; the cue
 * matcher (cue.ts) and the case model ignore it.
 */

declare const normalisedBrand: unique symbol;
/** Text that went through `normalise`: the cue matcher only accepts this, so no caller matches raw text by mistake. */
export type NormalisedText = string & { readonly [normalisedBrand]: true };

/** The Hangul letters (jamo, compatibility jamo, syllables), as the inside of a character class. */
export const hangulLetters = '\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3';

const hangulPattern = new RegExp(`[${hangulLetters}]`, 'u');
const hangulWord = /[\uAC00-\uD7A3]+/;

export function normalise(text: string): NormalisedText {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim() as NormalisedText;
}

export function containsHangul(text: string): boolean {
  return hangulPattern.test(text);
}

/** The first run of Hangul syllables, if the text has any. */
export function firstHangulWord(text: string): string | undefined {
  return hangulWord.exec(text)?.[0];
}

// Apostrophes are dropped rather than split on, so "can't" stays one word ("cant").
const apostrophes = /['’‘`]/gu;
const nonWord = /[^\p{L}\p{N}]+/gu;

/** The lower-case words of a text (NFKC), separated by single spaces: runs of letters and digits, apostrophes inside a word dropped ("can't" → "cant"). */
export function words(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(apostrophes, '').replace(nonWord, ' ').trim();
}

/** The same words as a list. */
export function wordsOf(text: string): string[] {
  const spaced = words(text);
  return spaced === '' ? [] : spaced.split(' ');
}

/** A whole message compared with a list of words (commands, option labels): lower-case, no closing full stop. */
export function wordForm(text: string): string {
  return normalise(text)
    .replace(/[.!。]+$/u, '')
    .toLowerCase();
}
