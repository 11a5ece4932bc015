import assert from 'node:assert/strict';
import { exampleQuestionList, exampleQuestions } from '../../../src/domain/answers/example-questions';
import { answerQuestion } from '../../../src/domain/answers/match-question';
import { routeMessage } from '../../../src/domain/answers/route-message';
import { containsHangul } from '../../../src/domain/text-tools/normalise';

describe('exampleQuestions (help card)', () => {
  it('offers a few questions per language, the Korean ones in Hangul', () => {
    const english = exampleQuestions('en');
    const korean = exampleQuestions('ko');
    assert.ok(english.length >= 4 && english.length <= 8);
    assert.equal(korean.length, english.length);
    assert.ok(korean.every(containsHangul));
    assert.ok(!english.some(containsHangul));
  });

  for (const example of exampleQuestionList) {
    for (const language of ['en', 'ko'] as const) {
      it(`${language} "${example.text[language]}" is answered by ${example.topic}`, () => {
        assert.equal(answerQuestion(example.text[language])?.topic.id, example.topic);
        assert.equal(routeMessage(example.text[language]).route, 'question');
      });
    }
  }
});
