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
