import assert from 'node:assert/strict';
import { requiredLiterals } from '../../../src/domain/text-tools/required-literals';

const sorted = (literals: readonly string[] | undefined): string[] | undefined =>
  literals === undefined ? undefined : [...literals].sort();

describe('the literals a pattern needs (required-literals.ts)', () => {
  it('a plain word is needed as it is, lower-case', () => {
    assert.deepEqual(requiredLiterals(/outage/u), ['outage']);
    assert.deepEqual(requiredLiterals(/Teams/u), ['teams']);
  });

  it('one of several branches is needed, each at its word boundaries', () => {
    assert.deepEqual(sorted(requiredLiterals(/\b(?:down|offline)\b/iu)), ['down', 'offline']);
  });

  it('an optional letter gives both spellings', () => {
    assert.deepEqual(sorted(requiredLiterals(/charges?/u)), ['charge', 'charges']);
  });

  it('a run of literals is read across optional parts, after a part that is anything', () => {
    assert.deepEqual(sorted(requiredLiterals(/\d+ seats? (?:short|missing)/u)), [
      ' seat missing',
      ' seat short',
      ' seats missing',
      ' seats short',
    ]);
  });

  it('of two runs, the rarer one (the longer shortest string) is kept', () => {
    assert.deepEqual(requiredLiterals(/no\s+(?:\w+\s+){0,2}outage/iu), ['outage']);
  });

  it('a Korean word after a word matched by its letters is needed with its space', () => {
    assert.deepEqual(requiredLiterals(/[가-힣]+ 건으로/u), [' 건으로']);
    assert.deepEqual(requiredLiterals(/(?<=[가-힣]) 건으로/u), [' 건으로']);
  });

  it('a negative lookaround needs nothing; a positive one needs its text', () => {
    assert.deepEqual(requiredLiterals(/(?<!no )outage/u), ['outage']);
    assert.deepEqual(requiredLiterals(/\bcase(?= is open)/u), [' is open']);
  });

  it('escapes stand for their characters; a class of a few characters for those characters', () => {
    assert.deepEqual(requiredLiterals(/a\.b/u), ['a.b']);
    assert.deepEqual(requiredLiterals(/\n--/u), ['\n--']);
    assert.deepEqual(requiredLiterals(/\u0041\x42c/u), ['abc']);
    assert.deepEqual(sorted(requiredLiterals(/licen[cs]e/u)), ['licence', 'license']);
  });

  it('a repeated part is needed once when it must occur, not at all when it may not', () => {
    assert.deepEqual(requiredLiterals(/(?:ab){2,}/u), ['ab']);
    assert.equal(requiredLiterals(/x(?:ab)*y/u), undefined);
  });

  it('a named group is its content; a back-reference or a property escape is anything', () => {
    assert.deepEqual(requiredLiterals(/(?<what>down)/u), ['down']);
    assert.deepEqual(requiredLiterals(/(?:ab)\p{L}+(?:cd)/u), ['ab']);
    assert.equal(requiredLiterals(/(a)\1/u), undefined);
  });

  it('needs nothing when a branch needs nothing, or when all it needs is one character', () => {
    assert.equal(requiredLiterals(/outage|\w+/u), undefined);
    assert.equal(requiredLiterals(/[a-z]x/u), undefined);
    assert.equal(requiredLiterals(/.*/u), undefined);
  });

  it('a character outside the basic plane stands for anything, so a quantifier after it is safe', () => {
    assert.deepEqual(requiredLiterals(/ab😀?c/u), ['ab']);
  });

  it('a pattern with the v flag is not read', () => {
    assert.equal(requiredLiterals(new RegExp('[\\p{L}--[a-z]]x', 'v')), undefined);
  });
});
