import assert from 'node:assert/strict';
import { questionSentences, sentencesOf } from '../../../src/domain/answers/sentences';

describe('a message’s sentences and the ones that ask', () => {
  it('splits at full stops, question marks, new lines and Korean sentence endings without a full stop', () => {
    assert.deepEqual(sentencesOf('VM is down. Sev A?\nThanks'), ['VM is down', 'Sev A', 'Thanks']);
    assert.deepEqual(sentencesOf('고객 VM이 다운됐어요 전화로 요청 되나요'), [
      '고객 VM이 다운됐어요',
      '전화로 요청 되나요',
    ]);
  });

  it('a sentence asks when a "?" ends it or its wording asks, in English and Korean', () => {
    assert.deepEqual(questionSentences('Customer VM is down. Can I call Microsoft. Sev A? Thanks for the help.'), [
      'Can I call Microsoft',
      'Sev A',
    ]);
    assert.deepEqual(questionSentences('고객 VM이 다운됐어요. 전화로도 요청 되나요'), ['전화로도 요청 되나요']);
    assert.deepEqual(questionSentences('고객 VM이 다운됐어요.'), []);
  });

  it('"…나요" after a space is 나다 and "…가요" after a verb stem is 가다: they state ("오류가 나요", "그룹으로 들어가요"); "되나요", "인가요" and "어떻게 들어가요" ask', () => {
    for (const statement of ['VM에서 오류가 나요', '새 노트북이 엉뚱한 그룹으로 들어가요', '메일이 밖으로 안 나가요']) {
      assert.deepEqual(questionSentences(statement), [], statement);
    }
    for (const question of [
      '전화로 요청 되나요',
      '이거 지원 대상인가요',
      '고객 티켓 올릴 땐 어떻게 들어가요',
      '가능한가요',
    ]) {
      assert.deepEqual(questionSentences(question), [question]);
    }
  });

  it('an ellipsis ends a sentence as a full stop does ("…서툴러서요… 한국어로 …되나요?")', () => {
    assert.deepEqual(sentencesOf('고객 Exchange 건으로 SR 하나 열 건데 영어가 서툴러서요… 한국어로 상담 되나요?'), [
      '고객 Exchange 건으로 SR 하나 열 건데 영어가 서툴러서요',
      '한국어로 상담 되나요',
    ]);
    assert.deepEqual(sentencesOf('Customer VM is down… sev A?'), ['Customer VM is down', 'sev A']);
  });

  it('the second half of an either-or question is read with the sentence before it', () => {
    assert.deepEqual(
      questionSentences('Teams 통화가 끊겨요. 요청 양식 연락처에 고객 정보 넣어요 아님 저희 정보 넣어요?'),
      ['요청 양식 연락처에 고객 정보 넣어요 아님 저희 정보 넣어요'],
    );
    assert.deepEqual(questionSentences('메일 발송이 안 돼요. 담당자 칸엔 저희 이름 써요 고객 이름 써요?'), [
      '담당자 칸엔 저희 이름 써요 고객 이름 써요',
    ]);
    assert.deepEqual(questionSentences('VM이 다운됐어요 재부팅했어요?'), ['재부팅했어요']);
    assert.deepEqual(questionSentences('메일이 전부 안 돼요 이건 누구한테 말해야 돼요?'), [
      '이건 누구한테 말해야 돼요',
    ]);
    assert.deepEqual(questionSentences('Is it sev A? Or B?'), ['Is it sev A Or B']);
    assert.deepEqual(questionSentences('Mail is down. Or is it just slow? Sev A?'), [
      'Mail is down Or is it just slow',
      'Sev A',
    ]);
  });
});
