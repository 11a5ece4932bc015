import assert from 'node:assert/strict';
import { exampleQuestions } from '../../../src/domain/answers/example-questions';
import { answerQuestion, minimumTopicScore } from '../../../src/domain/answers/match-question';
import { topics } from '../../../src/domain/answers/topics';
import type { Language } from '../../../src/domain/facts';
import { wordsOf } from '../../../src/domain/text-tools/normalise';
import { questions, type LabelledQuestion } from './fixtures';

const requiredHitRate = 0.9;

function hitRate(sample: readonly LabelledQuestion[]): { rate: number; misses: string[] } {
  const misses = sample
    .filter((question) => answerQuestion(question.text)?.topic.id !== question.topic)
    .map(
      (question) => `${question.topic} ← "${question.text}" (got ${answerQuestion(question.text)?.topic.id ?? 'none'})`,
    );
  return { rate: (sample.length - misses.length) / sample.length, misses };
}

const plain = (text: string): string => wordsOf(text).join(' ');

/** A cue or example read as plain words: what a fixture must not simply repeat. */
function plainWordings(): Set<string> {
  const wordings = new Set<string>();
  for (const topic of topics) {
    for (const cue of [...topic.cues.en, ...topic.cues.ko]) {
      const body = cue.replace(/^\s*\d+\s*:/u, '');
      wordings.add(plain(body.replace(/[+|$]/gu, ' ')));
      for (const alternative of body.split(/[+|]/u)) wordings.add(plain(alternative.replace('$', '')));
    }
  }
  for (const language of ['en', 'ko'] as const)
    for (const example of exampleQuestions(language)) wordings.add(plain(example));
  return wordings;
}

describe("answerQuestion (partners' plain questions)", () => {
  it('has at least 30 labelled questions, half of them Korean', () => {
    const korean = questions.filter((question) => question.language === 'ko').length;
    assert.ok(questions.length >= 30, `${questions.length} questions`);
    assert.ok(korean * 2 >= questions.length, `${korean} of ${questions.length} Korean`);
  });

  it('fixture questions are phrased differently from the cues and examples', () => {
    const wordings = plainWordings();
    const verbatim = questions.filter((question) => wordings.has(plain(question.text)));
    assert.deepEqual(verbatim, []);
  });

  it('covers every topic with at least one English and one Korean fixture', () => {
    for (const topic of topics) {
      for (const language of ['en', 'ko'] as const) {
        assert.ok(
          questions.some((question) => question.topic === topic.id && question.language === language),
          `${topic.id} ${language}`,
        );
      }
    }
  });

  it(`answers ≥ ${requiredHitRate * 100} % of the labelled questions with the expected topic`, () => {
    const overall = hitRate(questions);
    const byLanguage = (language: Language) => hitRate(questions.filter((question) => question.language === language));
    const english = byLanguage('en');
    const korean = byLanguage('ko');
    const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;
    console.log(
      `      hit rate: ${percent(overall.rate)} of ${questions.length} (en ${percent(english.rate)}, ko ${percent(korean.rate)})`,
    );
    for (const miss of overall.misses) console.log(`      miss: ${miss}`);
    assert.ok(overall.rate >= requiredHitRate, overall.misses.join('\n'));
    assert.ok(english.rate >= requiredHitRate, english.misses.join('\n'));
    assert.ok(korean.rate >= requiredHitRate, korean.misses.join('\n'));
  });

  it('R15: answers a paraphrase no cue scores from the topic model, when the message speaks of support', () => {
    assert.equal(
      answerQuestion('Our partner benefits page says we have nothing yet, what does that mean?')?.topic.id,
      'activate-technical-benefits',
    );
  });

  it('R12: a role asking whether it may file is who can file, not how to file', () => {
    for (const text of [
      '헬프데스크 에이전트도 고객 대신 Azure 서비스 요청을 만들 수 있어요?',
      '관리 에이전트 말고 영업 에이전트도 고객 대신 서비스 요청을 올릴 수 있나요?',
    ])
      assert.equal(answerQuestion(text)?.topic.id, 'who-can-file', text);
  });

  it('R18: the Access ID error named by its field alone ("Access ID error??", "액세스 ID 오류 뭐예요?") is that error', () => {
    for (const text of ['Access ID error??', '액세스 ID 오류 뭐예요?'])
      assert.equal(answerQuestion(text)?.topic.id, 'access-id-already-associated', text);
  });

  it('R19: "우리 테넌트", "저희 테넌트" are the partner\'s own tenant, as "our tenant" is in English', () => {
    for (const text of ['우리 테넌트 지원도 CSP 혜택에 포함되나요?', '저희 테넌트 지원은 CSP 혜택에 들어가요?'])
      assert.equal(answerQuestion(text)?.topic.id, 'own-tenant-support', text);
  });

  it('answers nothing for chit-chat and off-topic messages', () => {
    for (const text of [
      'hi',
      'thanks!',
      '안녕하세요',
      'can you summarize this thread',
      '회의록 정리해 줘',
      '',
      'what is the weather in Seoul tomorrow?',
      'Could you write me a haiku about Teams?',
      'please translate this email into Korean for me',
      '팀즈 회의 일정 잡아줄 수 있어?',
    ]) {
      assert.equal(answerQuestion(text), undefined, text);
    }
  });

  it('reports the winning score, at least the minimum', () => {
    const match = answerQuestion('Is there a hotline I can call for CSP support?');
    assert.equal(match?.topic.id, 'phone-support');
    assert.ok((match?.score ?? 0) >= minimumTopicScore);
  });

  it('matches Korean spacing variants and attached particles alike (지원 요청 관리 / 지원요청관리)', () => {
    const spaced = answerQuestion('애저 지원 요청 관리 화면은 어디 있어요?');
    const joined = answerQuestion('애저 지원요청관리화면은 어디있어요?');
    assert.equal(spaced?.topic.id, 'azure-request-fields');
    assert.deepEqual(joined, spaced);
  });

  it('matches regardless of case and punctuation', () => {
    assert.deepEqual(
      answerQuestion('WHO CAN ACTIVATE TECHNICAL BENEFITS???'),
      answerQuestion('who can activate technical benefits'),
    );
  });

  it('prefers the specific topic on a tie: Korean-language response times over severities (R22)', () => {
    assert.equal(answerQuestion('한국어로 요청하면 응답 시간이 달라요?')?.topic.id, 'local-language-support');
  });

  it('R2: whether billing problems need a paid support plan is billing support (free for every CSP partner), not the paid plans', () => {
    assert.equal(
      answerQuestion('Do we need a paid support plan to raise an invoice problem for a customer?')?.topic.id,
      'billing-support',
    );
    assert.equal(
      answerQuestion('요금 청구 문의도 유료 지원 플랜이 있어야 올릴 수 있어요?')?.topic.id,
      'billing-support',
    );
    assert.equal(answerQuestion('What do Premier and ASfP cost us per year?')?.topic.id, 'support-plans');
  });

  it('answers R23 (no phone support) in both languages', () => {
    assert.equal(answerQuestion('can I phone in a ticket?')?.topic.id, 'phone-support');
    assert.equal(answerQuestion('전화로 티켓 접수되나요?')?.topic.id, 'phone-support');
  });
});
