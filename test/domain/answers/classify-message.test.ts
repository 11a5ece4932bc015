import assert from 'node:assert/strict';
import { classifyMessage } from '../../../src/domain/answers/classify-message';
import { problemMessages, questions } from './fixtures';

describe('classifyMessage (question, problem, ambiguous, unknown)', () => {
  const problems = problemMessages.filter((message) => message.expected === 'problem');
  const ambiguous = problemMessages.filter((message) => message.expected === 'ambiguous');

  it('has at least 20 problem messages, half Korean, and some ambiguous ones', () => {
    assert.ok(problems.length >= 20, `${problems.length} problems`);
    assert.ok(problems.filter((message) => message.language === 'ko').length * 2 >= problems.length);
    assert.ok(ambiguous.length >= 3);
  });

  const expectations = [
    { kind: 'problem', sample: problems, what: 'every problem description as a problem, even with "?" or "how"' },
    { kind: 'ambiguous', sample: ambiguous, what: 'a live problem plus a topic question as ambiguous' },
  ] as const;
  for (const { kind, sample, what } of expectations) {
    it(`classifies ${what}`, () => {
      const wrong = sample.filter((message) => classifyMessage(message.text) !== kind);
      assert.deepEqual(
        wrong.map((message) => `${classifyMessage(message.text)}: ${message.text}`),
        [],
      );
    });
  }

  it('classifies the labelled plain questions as questions', () => {
    const wrong = questions.filter((question) => classifyMessage(question.text) !== 'question');
    console.log(`      questions classified as questions: ${questions.length - wrong.length} of ${questions.length}`);
    assert.ok(wrong.length <= questions.length * 0.05, wrong.map((question) => question.text).join('\n'));
  });

  it('treats error texts of the support tools as questions (R18, R15)', () => {
    assert.equal(classifyMessage('getting an error when I click Link support benefits: access id already associated'), 'question');
    assert.equal(classifyMessage('지원 혜택 연결하면 오류가 떠요: 액세스 ID가 이미 연결되어 있습니다'), 'question');
  });

  it('treats a hypothetical outage as a question about severities (R21)', () => {
    assert.equal(classifyMessage('If production is down for everyone, which severity do I choose?'), 'question');
    assert.equal(classifyMessage('프로덕션 전체 중단이면 심각도 몇으로 해야 돼요?'), 'question');
  });

  it('needs context before a weak symptom counts as a problem', () => {
    assert.equal(classifyMessage('there is an error'), 'unknown');
    assert.equal(classifyMessage("customer's Outlook shows an error since this morning"), 'problem');
  });

  it('keeps a live problem with only an incidental topic keyword a problem', () => {
    assert.equal(classifyMessage("The customer's SQL VM keeps rebooting, is this severity A?"), 'problem');
    assert.equal(classifyMessage('the customer VM is down since 9am. severity A.'), 'problem');
  });

  it('returns unknown for chit-chat', () => {
    for (const text of ['hi', 'thanks!', '안녕하세요', 'can you summarize this thread', '회의록 정리해 줘']) {
      assert.equal(classifyMessage(text), 'unknown', text);
    }
  });
});
