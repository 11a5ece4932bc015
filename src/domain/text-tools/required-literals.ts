/**
 * What a regular expression cannot match without: a set of lower-case literal strings, one of which is in every text
 * the expression matches, or undefined when its source shows none. A 100 KB message is read by some seven hundred
 * cue expressions; one whose every match needs a word the message lacks need not scan it (the prefilter idea of RE2
 * and of code-search trigram indexes). Only what the source spells out counts: a character class, a wildcard or a
 * back-reference stands for "anything", and a negative lookaround for nothing.
 */

/** What a piece of a pattern matches: every string it can match, when few, and strings one of which it must contain. */
interface Matches {
  readonly exact?: readonly string[];
  readonly required?: readonly string[];
}

/** Past this many strings, a set of exact matches is dropped: it would be slower to look for than the scan it saves. */
const maxExact = 64;

const anything: Matches = {};
const empty: Matches = { exact: [''] };

/** The better of two requirements: its shortest string is longer (rarer); with equal lengths, it has fewer strings. */
function better(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

/** A requirement from what a piece matches: its exact strings when none is empty. */
function requirementOf(m: Matches): readonly string[] | undefined {
  const exact = m.exact !== undefined && !m.exact.includes('') ? m.exact : undefined;
  return better(m.required, exact);
}

function product(a: readonly string[], b: readonly string[]): readonly string[] | undefined {
  if (a.length * b.length > maxExact) return undefined;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Pieces one after the other: runs of exact pieces join into longer strings, the rarest requirement wins. */
function sequence(pieces: readonly Matches[]): Matches {
  let run: readonly string[] = [''];
  let broken = false;
  let required: readonly string[] | undefined;
  for (const piece of pieces) {
    // A lookahead joins the run as nothing, yet what it needs is still needed.
    required = better(required, piece.required);
    const joined = piece.exact === undefined ? undefined : product(run, piece.exact);
    if (joined !== undefined) {
      run = joined;
      continue;
    }
    // The run so far is one requirement; the piece's own strings start the next run.
    broken = true;
    required = better(required, requirementOf({ exact: run }));
    run = piece.exact ?? [''];
  }
  required = better(required, requirementOf({ exact: run }));
  return broken
    ? { ...(required === undefined ? {} : { required }) }
    : { exact: run, ...(required === undefined ? {} : { required }) };
}

/** One of several branches: each must bring a requirement for the whole to have one. */
function alternatives(branches: readonly Matches[]): Matches {
  const exacts = branches.map((b) => b.exact);
  const everyExact = exacts.every((e): e is readonly string[] => e !== undefined);
  const union = everyExact ? [...new Set(exacts.flat())] : undefined;
  const requirements = branches.map(requirementOf);
  const required = requirements.every((r): r is readonly string[] => r !== undefined)
    ? [...new Set(requirements.flat())]
    : undefined;
  return {
    ...(union !== undefined && union.length <= maxExact ? { exact: union } : {}),
    ...(required === undefined ? {} : { required }),
  };
}

function repeated(atom: Matches, min: number, max: number): Matches {
  if (min === 0) return max === 1 && atom.exact !== undefined ? { exact: ['', ...atom.exact] } : anything;
  const required = requirementOf(atom);
  const exact = min === 1 && max === 1 ? atom.exact : undefined;
  return { ...(exact === undefined ? {} : { exact }), ...(required === undefined ? {} : { required }) };
}

const quantifierForm = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/uy;
const groupOpening = /\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>)/uy;
const codeEscape = /(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]+)\})/uy;

const isSurrogate = (char: string): boolean => char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff;

const controlEscapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** A recursive-descent reading of a JavaScript pattern's source, as far as literals go. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Matches {
    const matches = this.disjunction();
    if (this.at !== this.source.length) throw new Error(`unexpected "${this.source[this.at]}" at ${this.at}`);
    return matches;
  }

  private disjunction(): Matches {
    const branches = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0]! : alternatives(branches);
  }

  private alternative(): Matches {
    const pieces: Matches[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      pieces.push(this.quantified(atom));
    }
    return sequence(pieces);
  }

  /** The text at the reading point that `sticky` matches, if any; read past it. */
  private take(sticky: RegExp): RegExpExecArray | null {
    sticky.lastIndex = this.at;
    const found = sticky.exec(this.source);
    if (found !== null) this.at += found[0].length;
    return found;
  }

  private quantified(atom: Matches): Matches {
    const quantifier = this.take(quantifierForm);
    if (quantifier === null) return atom;
    const [, symbol, min, comma, max] = quantifier;
    if (symbol === '*') return repeated(atom, 0, Infinity);
    if (symbol === '+') return repeated(atom, 1, Infinity);
    if (symbol === '?') return repeated(atom, 0, 1);
    const low = Number(min);
    return repeated(atom, low, comma === undefined ? low : max === '' ? Infinity : Number(max));
  }

  private atom(): Matches {
    const char = this.source[this.at++]!;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '^' || char === '$') return empty;
    // A character outside the basic plane is two code units here, and a quantifier after it would hold for one.
    if (char === '.' || isSurrogate(char)) return anything;
    return { exact: [char.toLowerCase()] };
  }

  private group(): Matches {
    const opening = this.take(groupOpening)?.[0] ?? '';
    const inner = this.disjunction();
    if (this.source[this.at++] !== ')') throw new Error('unclosed group');
    // A lookaround matches no characters; a positive one still needs its text in the message, next to the match.
    if (opening === '?=' || opening === '?<=') {
      const required = requirementOf(inner);
      return { exact: [''], ...(required === undefined ? {} : { required }) };
    }
    return opening === '?!' || opening === '?<!' ? empty : inner;
  }

  /** A class of a few plain characters ("[sz]", "[.!?]") is those characters; any range or escaped class is anything. */
  private characterClass(): Matches {
    const chars: string[] = [];
    let plain = this.source[this.at] !== '^';
    if (!plain) this.at++;
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error('unclosed character class');
      const char = this.source[this.at++]!;
      if (char === '\\') {
        const escaped = this.source[this.at++]!;
        if (/[A-Za-z0-9]/u.test(escaped)) plain = false;
        else chars.push(escaped);
      } else if (char === '-' && chars.length > 0 && this.source[this.at] !== ']') plain = false;
      else chars.push(char);
    }
    this.at++;
    const distinct = [...new Set(chars.map((c) => c.toLowerCase()))];
    return plain && distinct.length > 0 && distinct.length <= 8 ? { exact: distinct } : anything;
  }

  private escape(): Matches {
    const code = this.take(codeEscape);
    if (code !== null)
      return { exact: [String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3]!, 16)).toLowerCase()] };
    const char = this.source[this.at++]!;
    if (char === 'b' || char === 'B') return empty;
    if (char === 'p' || char === 'P' || char === 'k') {
      this.at = this.source.indexOf(char === 'k' ? '>' : '}', this.at) + 1;
      return anything;
    }
    if (char in controlEscapes) return { exact: [controlEscapes[char]!] };
    // \d \w \s, their negations, a back-reference, a control letter: no literal.
    if (/[A-Za-z0-9]/u.test(char)) return anything;
    return { exact: [char] };
  }
}

/**
 * The strings one of which every text the pattern matches contains, lower-case; undefined when the source shows no
 * such set or one so common (a string of one character) that looking for it saves nothing.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  // The v flag's classes nest and subtract: not read here.
  if (pattern.flags.includes('v')) return undefined;
  const required = requirementOf(new PatternReader(pattern.source).read());
  return required === undefined || required.some((s) => s.length < 2) ? undefined : required;
}
