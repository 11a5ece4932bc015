import assert from 'node:assert/strict';
import {
  caseAskCues,
  hypotheticalCues,
  strongSymptomCues,
  supportToolCues,
  workloadCues,
} from '../../../src/domain/answers/problem-cues';
import { topics } from '../../../src/domain/answers/topics';
import {
  type Cue,
  type CueText,
  cueMatches,
  cueText,
  en,
  ko,
  occurrences,
  parseCue,
  scoreCues,
  termsMet,
} from '../../../src/domain/text-tools/cue';
import { normalise } from '../../../src/domain/text-tools/normalise';
import { problemMessages } from '../answers/fixtures';

const matches = (cue: string, text: string): boolean => cueMatches(parseCue(cue), cueText(text));

describe('topic cues (the cue notation)', () => {
  it('English alternatives match at a word start, so plurals and verb forms match', () => {
    assert.equal(matches('incident + remain', 'incidents remaining?'), true);
    assert.equal(matches('remain', 'the main remainder'), true);
    assert.equal(matches('main', 'remaining'), false);
  });

  it('a trailing $ makes an English alternative a whole word', () => {
    assert.equal(matches('a$', 'severity A'), true);
    assert.equal(matches('a$', 'azure'), false);
    assert.equal(matches('tam$', 'TAM한테 물어보래요'), true);
    assert.equal(matches('ms$', 'MS에 올려야 하나요'), true);
    assert.equal(matches('azure', '고객azure 구독'), true);
  });

  it('splits Korean particles off English words, both ways, and ignores Korean spacing', () => {
    assert.deepEqual(cueText('TAM한테 VM이'), { spaced: ' tam 한테 vm 이 ', compact: 'tam한테vm이' });
    assert.equal(cueText('고객azure').spaced, ' 고객 azure ');
    assert.equal(cueText('지원 요청 관리').compact, cueText('지원요청관리').compact);
  });

  it('ignores case, punctuation between words and apostrophes inside them', () => {
    assert.equal(matches('severity a$', '  Severity-A?  Really!! '), true);
    assert.equal(matches('customers vm + cant start', "Customer’s VM can't start"), true);
    assert.equal(matches('cant start', 'can start'), false);
    assert.equal(matches('azure', 'ＡＺＵＲＥ'), true);
  });

  it('every term must occur, any one alternative per term suffices', () => {
    assert.equal(matches('phone|call$ + ticket', 'can I call to open a ticket'), true);
    assert.equal(matches('phone|call$ + ticket', 'can I call you'), false);
  });

  it('Korean alternatives ignore attached particles and spacing (파트너 센터에서 / 파트너센터)', () => {
    assert.equal(matches('파트너 센터 + 서비스 요청', '파트너센터에서 서비스요청을 만들려면'), true);
    assert.equal(matches('액세스 id', '액세스 ID가 이미 연결되어'), true);
  });

  it('scores the number of terms, or the explicit weight prefix', () => {
    const text = cueText('is there a hotline for severity a');
    assert.equal(scoreCues([parseCue('severity + a$')], text), 2);
    assert.equal(scoreCues([parseCue('3: hotline')], text), 3);
    assert.equal(scoreCues([parseCue('severity + a$'), parseCue('2: hotline'), parseCue('phone')], text), 4);
  });

  it('rejects an empty term', () => {
    assert.throws(() => parseCue('phone + | call'), /empty term/);
    assert.throws(() => parseCue('phone + '), /empty term/);
  });
});

describe('fact cues (regular-expression sources)', () => {
  it('English cues match whole words in any case, also next to a Korean particle', () => {
    const [vm] = en('vms?');
    assert.deepEqual(
      occurrences(vm!, normalise('VM이 두 대, vms down, avm'), 5).map((o) => o.text),
      ['VM', 'vms'],
    );
  });

  it('Korean cues match inside a word, where particles attach', () => {
    const [azure] = ko('애저');
    assert.deepEqual(occurrences(azure!, normalise('애저에서 오류'), 5), [{ start: 0, end: 2, text: '애저' }]);
  });

  it('stops at the limit: more hits of one cue add nothing', () => {
    const [down] = ko('다운');
    assert.equal(occurrences(down!, normalise('다운 '.repeat(100)), 20).length, 20);
  });
});

describe('terms met', () => {
  it('counts the terms of a cue that occur, so a half-met cue is a hint', () => {
    const cue = parseCue('who$ + can|allowed + file|open');
    assert.equal(termsMet(cue, cueText('who can open one')), 3);
    assert.equal(termsMet(cue, cueText('can you summarize this thread')), 1);
    assert.equal(termsMet(cue, cueText('nothing here')), 0);
  });
});

describe('long texts', () => {
  // Every cue the product tries: the topics' and the router's.
  const cueSources = [
    ...topics.flatMap((topic) => [...topic.cues.en, ...topic.cues.ko]),
    ...strongSymptomCues,
    ...hypotheticalCues,
    ...supportToolCues,
    ...workloadCues,
    ...caseAskCues,
  ];
  const cues = cueSources.map(parseCue);
  /** What a cue means, without the pair filter: every term has an alternative that occurs. */
  const plainly = (cue: Cue, text: CueText): boolean =>
    cue.terms.every((term) =>
      term.some((alternative) => (alternative.hangul ? text.compact : text.spaced).includes(alternative.text)),
    );
  const messages = problemMessages.map((message) => message.text).join('\n');
  const texts = [
    messages.repeat(Math.ceil(20_000 / messages.length)),
    'If '.repeat(10_000),
    '다운 '.repeat(10_000),
    `${'고객사 '.repeat(5_000)}메일이 전부 반송돼요 escalate`,
  ];

  it('are read by every cue exactly as a plain search reads them, though most alternatives are not searched for', () => {
    for (const raw of texts) {
      const text = cueText(raw);
      assert.ok(text.compact.length > 4_000);
      assert.deepEqual(
        cues.map((cue) => cueMatches(cue, text)),
        cues.map((cue) => plainly(cue, text)),
      );
    }
    // The texts hold some of the cues and not others: both answers are tried.
    const found = cues.filter((cue) => cueMatches(cue, cueText(texts[0]!))).length;
    assert.ok(found > 0 && found < cues.length);
  });
});
