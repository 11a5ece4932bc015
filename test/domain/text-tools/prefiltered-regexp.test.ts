import assert from 'node:assert/strict';
import { understandMessage } from '../../../src/domain/reader';
import { cues } from '../../../src/domain/reader/cues';
import {
  indexedLength,
  mayHoldAny,
  mayMatch,
  prefiltered,
  prefilteredPatterns,
} from '../../../src/domain/text-tools/prefiltered-regexp';
import tuning from '../../fixtures/conversation/tuning.json';

/** `text` said again and again, on lines of its own, until it is long enough to be indexed. */
const long = (text: string): string =>
  Array.from({ length: Math.ceil(indexedLength / (text.length + 1)) + 1 }, () => text).join('\n');

const filler = long('The customer called about their tenant this morning.');

describe('patterns that skip a long text lacking what they need (prefiltered-regexp.ts)', () => {
  it('a long text is known to lack a word it lacks, and to maybe hold one it holds, in any case', () => {
    assert.equal(mayHoldAny(filler, ['outage']), false);
    assert.equal(mayHoldAny(filler, ['outage', 'tenant']), true);
    assert.equal(mayHoldAny(`${filler} OUTAGE`, ['outage']), true);
    // "ſ" is an "s" to an expression that ignores case.
    assert.equal(mayHoldAny(`${filler} outaſe`, ['outase']), true);
  });

  it('a long text lacking the words answers "no match"; holding them, the plain match', () => {
    const down = prefiltered(/\b(?:down|offline) (?:since|for)\b/iu);
    assert.equal(down.test(filler), false);
    assert.equal(down.exec(filler), null);
    const text = `${filler} Their VMs are DOWN since 9am.`;
    assert.equal(down.test(text), true);
    const found = down.exec(text);
    assert.equal(found?.[0], 'DOWN since');
    assert.equal(found?.index, text.indexOf('DOWN since'));
  });

  it('a short text is always scanned: nothing is skipped below the indexed length', () => {
    const down = prefiltered(/\bdown\b/u);
    assert.equal(down.test('VM down'), true);
    assert.equal(mayMatch(/\boutage\b/u, 'no such word here'), true);
  });

  it('search, match and replace answer as the plain pattern does', () => {
    const pattern = /\bno (?:response|reply)\b/iu;
    const wrapped = prefiltered(pattern);
    for (const text of [filler, `${filler} still no reply from Microsoft`]) {
      assert.equal(text.search(wrapped), text.search(pattern));
      assert.deepEqual(text.match(wrapped)?.[0], text.match(pattern)?.[0]);
      assert.equal(text.replace(wrapped, '_'), text.replace(pattern, '_'));
    }
    assert.deepEqual('a, b'.split(prefiltered(/,\s*/u)), ['a', 'b']);
  });

  it('reading a message makes no pattern: they are all made once, when the reader loads (else the registry would grow)', () => {
    understandMessage('We have no admin relationship with this customer. Their Azure VM is down.');
    const made = prefilteredPatterns().length;
    understandMessage('저희는 위임된 관리자 권한이 없어요. 고객사 Teams가 안 돼요.');
    for (const { text } of tuning as readonly { readonly text: string }[]) understandMessage(text);
    assert.equal(prefilteredPatterns().length, made);
  });

  it('a global or sticky pattern is refused: its place in lastIndex would not be shared', () => {
    assert.throws(() => prefiltered(/down/gu), /global or sticky/u);
    assert.throws(() => prefiltered(/down/uy), /global or sticky/u);
  });

  it("the reader's patterns, on the tuning set's messages made long: a skipped text is never one they match", () => {
    understandMessage('loads every reader module');
    const patterns = [
      ...prefilteredPatterns(),
      ...Object.values(cues).flatMap((rows: readonly { readonly patterns: readonly RegExp[] }[]) =>
        rows.flatMap((row) => row.patterns),
      ),
    ];
    assert.ok(prefilteredPatterns().length > 100, `${prefilteredPatterns().length} prefiltered patterns`);
    let skipped = 0;
    let matched = 0;
    for (const { text } of tuning as readonly { readonly text: string }[]) {
      const message = long(text);
      for (const pattern of patterns) {
        const plain = new RegExp(pattern.source, pattern.flags);
        const matches = message.search(plain) !== -1;
        if (matches) matched++;
        if (mayMatch(plain, message)) continue;
        skipped++;
        assert.equal(matches, false, `/${pattern.source}/ matches a text it skipped: ${text}`);
      }
    }
    // Not a check that cannot fail: most pairs are skipped, and many match.
    const pairs = tuning.length * patterns.length;
    assert.ok(skipped > pairs / 2, `${skipped} of ${pairs} skipped`);
    assert.ok(matched > 1_000, `${matched} matched`);
  });
});
