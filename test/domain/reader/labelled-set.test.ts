import assert from 'node:assert/strict';
import { readText } from '../../../src/domain/reader/read-text';
import sentences from '../../fixtures/reader-sentences.json';

const labelledFacts = ['product', 'tenant', 'category', 'impact', 'nature'] as const;
type LabelledFact = (typeof labelledFacts)[number];
type LabelledSentence = { readonly text: string } & { readonly [F in LabelledFact]: string | null };

const labelled: readonly LabelledSentence[] = sentences;
const requiredAccuracy = 0.85;
const isKorean = (text: string): boolean => /[\uAC00-\uD7A3]/.test(text);

describe('free-text reader on the labelled set (rulebook §7)', () => {
  it('rulebook §7: the set has at least 80 sentences, at least half of them Korean', () => {
    assert.ok(labelled.length >= 80, `${labelled.length} sentences`);
    assert.ok(labelled.filter((sentence) => isKorean(sentence.text)).length * 2 >= labelled.length);
  });

  it(`rulebook §7: the top suggestion (or none) matches the label for at least ${requiredAccuracy * 100} % of sentences, per fact`, () => {
    const readings = labelled.map((sentence) => ({ sentence, reading: readText(sentence.text) }));
    const rows = labelledFacts.map((fact) => {
      const misses = readings.filter(({ sentence, reading }) => (reading[fact]?.value ?? null) !== sentence[fact]);
      const korean = readings.filter(({ sentence }) => isKorean(sentence.text));
      const koreanMisses = misses.filter(({ sentence }) => isKorean(sentence.text));
      return {
        fact,
        accuracy: 1 - misses.length / readings.length,
        english: `${readings.length - korean.length - (misses.length - koreanMisses.length)}/${readings.length - korean.length}`,
        korean: `${korean.length - koreanMisses.length}/${korean.length}`,
        misses: misses.map(
          ({ sentence, reading }) =>
            `${sentence.text} → ${reading[fact]?.value ?? 'none'} (label ${sentence[fact] ?? 'none'})`,
        ),
      };
    });
    console.log(
      rows
        .map(
          ({ fact, accuracy, english, korean }) =>
            `    ${fact.padEnd(9)} ${(accuracy * 100).toFixed(1).padStart(5)} %   en ${english}   ko ${korean}`,
        )
        .join('\n'),
    );
    if (process.env.READER_MISSES)
      console.log(rows.flatMap((row) => row.misses.map((miss) => `${row.fact}: ${miss}`)).join('\n'));
    for (const { fact, accuracy } of rows) {
      assert.ok(
        accuracy >= requiredAccuracy,
        `${fact}: ${(accuracy * 100).toFixed(1)} % < ${requiredAccuracy * 100} %`,
      );
    }
  });
});
