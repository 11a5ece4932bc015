import assert from 'node:assert/strict';
import { escalationChannelNotice, undeliverableNotice } from '../../src/reminders/undeliverable-notice';
import { filedRequest } from './fixtures';

describe('status: undeliverable reminders (R27)', () => {
  const request = filedRequest({ severity: 'B', supportLanguage: 'ko', filedAt: new Date('2026-03-09T01:00:00Z') });
  const stopped = {
    ...request,
    reminders: {
      ...request.reminders,
      undeliverable: { at: '2026-03-09T04:00:00.000Z', reason: '403 ConversationBlockedByUser' },
    },
  };

  it('R27: says since when and why, in the request time zone, in English and Korean', () => {
    assert.equal(
      undeliverableNotice(stopped, 'en'),
      '⚠ Reminders stopped on Mon 9 Mar, 13:00 KST: the bot can no longer post in this conversation (403 ConversationBlockedByUser).',
    );
    assert.equal(
      undeliverableNotice(stopped, 'ko'),
      '⚠ 3월 9일 (월) 13:00 KST부터 알림이 중지되었습니다. 봇이 이 대화에 더 이상 게시할 수 없습니다(403 ConversationBlockedByUser).',
    );
  });

  it('R27: nothing to say while reminders are delivered', () => {
    assert.equal(undeliverableNotice(request, 'en'), undefined);
    assert.equal(escalationChannelNotice(undefined, 'UTC', 'en'), undefined);
  });

  it('R27: names an escalation channel that stopped accepting reminders', () => {
    const channel = {
      reference: { serviceUrl: 'https://smba.trafficmanager.net/teams/', conversation: { id: '19:esc@thread.tacv2' } },
      setAt: '2026-03-01T00:00:00.000Z',
      undeliverable: { at: '2026-03-09T04:00:00.000Z', reason: '404 ConversationNotFound' },
    };
    assert.match(
      escalationChannelNotice(channel, 'UTC', 'en')!,
      /^The escalation channel stopped accepting reminders on Mon 9 Mar, 04:00 UTC \(404 ConversationNotFound\)/,
    );
  });
});
