import assert from 'node:assert/strict';
import { answerLinks } from '../../../src/domain/answers/links';
import { localizeAnswer } from '../../../src/domain/answers/localize-answer';
import { topicIds } from '../../../src/domain/answers/topic';
import { topicById, topics } from '../../../src/domain/answers/topics';
import { sources } from '../../../src/domain/sources';
import { parseCue } from '../../../src/domain/text-tools/cue';
import { containsHangul } from '../../../src/domain/text-tools/normalise';

// The documents' button and field names, with their official Korean (ko-KR articles, rulebook §8).
const glossary: readonly (readonly [string, string])[] = [
  ['Service requests', '서비스 요청'],
  ['Customer request', '고객 요청'],
  ['New request', '새 요청'],
  ['New support request', '새 지원 요청'],
  ['Cloud Solution Provider', '클라우드 솔루션 공급자'],
  ['Manage support requests', '지원 요청 관리'],
  ['See all support tickets', '모든 지원 티켓 보기'],
  ['Support for Business', 'Support for Business'],
  ['Link support benefits', '지원 혜택 연결'],
  ['Access ID', '액세스 ID'],
  ['Contract ID', '계약 ID'],
  ['Severity A', '심각도 A'],
  ['Technical benefits', '기술 혜택'],
  ['Partner Center', '파트너 센터'],
  ['Signature Cloud Support', '시그니처 클라우드 지원'],
  ['Service management', '서비스 관리'],
];

// Spacing artefacts of the machine-translated seeds that must not leak into our Korean.
const machineTranslationSpacing = ['대 한', '지 원', '하 여', '테 넌 트', '되 었', '수 행', '제출 하', '선택 하'];

const ruleIdPattern = /^R([1-9]|1\d|2[0-7])$/;

describe('answer topics (content)', () => {
  it('has one topic per id, in id order', () => {
    assert.deepEqual(
      topics.map((topic) => topic.id),
      [...topicIds],
    );
    assert.ok(topics.length >= 20, `${topics.length} topics`);
    for (const id of topicIds) assert.equal(topicById(id).id, id);
  });

  for (const topic of topics) {
    describe(topic.id, () => {
      it(`cites rulebook ids ${topic.rules.join(', ')} and existing source articles`, () => {
        assert.ok(topic.rules.length > 0);
        for (const rule of topic.rules) assert.match(rule, ruleIdPattern);
        assert.ok(topic.sources.length > 0);
        for (const source of topic.sources) assert.ok(source in sources, source);
      });

      it('has a non-empty English and Korean title and body, the Korean in Hangul', () => {
        for (const text of [topic.title.en, topic.body.en, topic.title.ko, topic.body.ko])
          assert.ok(text.trim().length > 0);
        assert.ok(containsHangul(topic.title.ko), topic.title.ko);
        assert.ok(containsHangul(topic.body.ko), topic.body.ko);
        assert.ok(!containsHangul(topic.body.en), topic.body.en);
      });

      it('is short enough for an Adaptive Card (≤ 8 lines, ≤ 900 characters)', () => {
        for (const body of [topic.body.en, topic.body.ko]) {
          assert.ok(body.split('\n').length <= 8, body);
          assert.ok(body.length <= 900, `${body.length} characters`);
        }
      });

      it('uses the official Korean term wherever the English quotes a document term', () => {
        for (const [english, korean] of glossary) {
          if (topic.body.en.includes(english)) assert.ok(topic.body.ko.includes(korean), `${english} → ${korean}`);
        }
      });

      it("writes natural Korean spacing, not the machine-translated seeds' spacing", () => {
        for (const artefact of machineTranslationSpacing) assert.ok(!topic.body.ko.includes(artefact), artefact);
      });

      it('has parseable English and Korean cues, the Korean ones in Hangul', () => {
        assert.ok(topic.cues.en.length > 0 && topic.cues.ko.length > 0);
        for (const cue of [...topic.cues.en, ...topic.cues.ko]) assert.doesNotThrow(() => parseCue(cue), cue);
        assert.ok(topic.cues.ko.every(containsHangul));
      });
    });
  }
});

describe('localizeAnswer', () => {
  it('renders a topic in Korean with its links and ko-kr source address (R14)', () => {
    const answer = localizeAnswer(topicById('incidents-remaining'), 'ko');
    assert.equal(answer.topicId, 'incidents-remaining');
    assert.deepEqual(answer.rules, ['R14']);
    assert.equal(answer.title, topicById('incidents-remaining').title.ko);
    assert.ok(answer.body.includes('Support for Business'));
    assert.ok(
      answer.links.some(
        (link) =>
          link.url ===
          'https://support.microsoft.com/topic/how-many-partner-support-incidents-are-remaining-e8220db5-14f6-93db-4b4a-35766e11b3c3',
      ),
    );
    assert.deepEqual(answer.sources, [
      {
        title: sources['004'].title.ko,
        url: 'https://learn.microsoft.com/ko-kr/partner-center/mpn-benefits-technical-support',
      },
    ]);
  });

  it('R15: the activation answer explains the documents\' "no benefits yet" message and the wrong-account fix', () => {
    const topic = topicById('activate-technical-benefits');
    assert.match(
      localizeAnswer(topic, 'en').body,
      /"Looks like you don't have any benefits yet"[^\n]*Sign in with another account/,
    );
    assert.match(localizeAnswer(topic, 'ko').body, /"아직 혜택이 없는 것 같습니다\."[^\n]*다른 계정으로 로그인/);
  });

  it('renders English titles for links and sources', () => {
    const answer = localizeAnswer(topicById('activate-technical-benefits'), 'en');
    assert.deepEqual(
      answer.links.map((link) => link.title),
      [answerLinks.technicalBenefits.title.en, answerLinks.userManagement.title.en],
    );
    assert.ok(answer.sources[0]?.url.includes('/en-us/'));
  });

  it('links only to https addresses', () => {
    for (const link of Object.values(answerLinks)) assert.match(link.url, /^https:\/\//);
  });
});
