/**
 * A cue expression that skips a long text lacking every literal it needs (required-literals.ts). Reading a 100 KB
 * message ran several hundred expressions over all of it, most of which cannot match; a pass over the text's pairs
 * of characters tells which, and those answer "no match" at once. The answer is always the plain expression's: a
 * skipped text is one it could not match.
 */
import { requiredLiterals } from './required-literals';

/** Shorter texts are scanned as they are: indexing them would cost more than it saves. */
export const indexedLength = 4_000;

// Two bitsets over a text, lower-case: the characters it holds and (hashed) its pairs of adjacent characters. A hash
// collision can only keep an expression that cannot match; it never skips one that can.
const pairBits = 1 << 20;

interface TextIndex {
  readonly chars: Uint32Array;
  readonly pairs: Uint32Array;
}

const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (pairBits - 1);
const has = (bits: Uint32Array, n: number): boolean => (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
const set = (bits: Uint32Array, n: number): void => {
  bits[n >>> 5]! |= 1 << (n & 31);
};

// An expression that ignores case matches "s" to "ſ" and, without the u flag, "i" to "ı": both lower-case to themselves.
const foldedCase = (text: string): string => text.toLowerCase().replace(/ſ/gu, 's').replace(/ı/gu, 'i');

function indexOf(text: string): TextIndex {
  const folded = foldedCase(text);
  const chars = new Uint32Array(0x10000 >>> 5);
  const pairs = new Uint32Array(pairBits >>> 5);
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    set(chars, code);
    if (previous >= 0) set(pairs, pairHash(previous, code));
    previous = code;
  }
  return { chars, pairs };
}

function mayHold(index: TextIndex, literal: string): boolean {
  if (!has(index.chars, literal.charCodeAt(0))) return false;
  for (let i = 1; i < literal.length; i++)
    if (!has(index.pairs, pairHash(literal.charCodeAt(i - 1), literal.charCodeAt(i)))) return false;
  return true;
}

// The last texts' indexes: the router asks a message, its sentences joined, its parts and their cue forms, in turn.
const recent: { text: string; index: TextIndex }[] = [];
const recentTexts = 8;

function indexed(text: string): TextIndex {
  const known = recent.find((entry) => entry.text === text);
  if (known !== undefined) return known.index;
  const index = indexOf(text);
  recent.unshift({ text, index });
  recent.length = Math.min(recent.length, recentTexts);
  return index;
}

/** Could `text` hold any of `literals` (lower-case)? False only when it surely holds none. */
export function mayHoldAny(text: string, literals: readonly string[]): boolean {
  const index = indexed(text);
  return literals.some((literal) => mayHold(index, foldedCase(literal)));
}

// Worked out on the first long text a pattern meets: most patterns never meet one, and start-up stays as it was.
const literalsOfPattern = new WeakMap<RegExp, readonly string[] | null>();

function literalsOf(pattern: RegExp): readonly string[] | null {
  let literals = literalsOfPattern.get(pattern);
  if (literals === undefined) literalsOfPattern.set(pattern, (literals = requiredLiterals(pattern) ?? null));
  return literals;
}

/** Could `pattern` match `text`? False only for a long text lacking every literal the pattern needs. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (text.length < indexedLength) return true;
  const literals = literalsOf(pattern);
  return literals === null || mayHoldAny(text, literals);
}

class PrefilteredRegExp extends RegExp {
  // Copies made by split, matchAll and the like are plain expressions: they scan as before.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  // The plain pattern answers: V8's fast paths hold only for a plain RegExp, and most texts are short.
  constructor(private readonly plain: RegExp) {
    super(plain.source, plain.flags);
  }

  override test(text: string): boolean {
    return mayMatch(this.plain, text) && this.plain.test(text);
  }

  // search, match and replace come here.
  override exec(text: string): RegExpExecArray | null {
    return mayMatch(this.plain, text) ? this.plain.exec(text) : null;
  }
}

/**
 * `pattern`, answering as it does, that skips a long text lacking every literal it needs. Only for a pattern without
 * the global or sticky flag: those keep where they are in `lastIndex`, which a copy would not share (the cue rows'
 * global patterns are checked where they are searched, in cue.ts).
 */
export function prefiltered(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky)
    throw new Error(`a global or sticky pattern is not prefiltered: /${pattern.source}/`);
  made.push(pattern);
  return new PrefilteredRegExp(pattern);
}

// Every pattern prefiltered so far, so a test can hold each to its plain answers, the unexported ones too.
const made: RegExp[] = [];

/** The plain patterns behind every prefiltered one made so far. */
export const prefilteredPatterns = (): readonly RegExp[] => made;
