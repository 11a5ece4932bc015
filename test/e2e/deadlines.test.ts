/**
 * Through the HTTP endpoint: the answer card states when
 * Microsoft's answer is due, and the request filed from it shows the same
 * time, on the wall clock (English, R21) and on business hours (Korean, R22
 * R24), across Chuseok (R24 holidays), in a zone typed as a city.
 */
import assert from 'node:assert/strict';
import { t, type Language } from '../../src/i18n';
import { requestText } from '../../src/i18n/request-texts';
import { TestBot, newUser, type UserContext } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { playTriage, severityA, submitData } from '../helpers/triage-driver';

/** The value of the FactSet row titled `title`. */
function factValue(card: unknown, title: string): string | undefined {
  let found: string | undefined;
  const walk = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return;
    const row = node as { title?: unknown; value?: unknown };
    if (row.title === title && typeof row.value === 'string') found = row.value;
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

describe('deadlines on the answer and the request agree (R21 R22 R24)', () => {
  let clock = new Date();
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start({}, { now: () => clock });
  });
  after(() => bot.stop());

  /** Plays a severity A check at `now`, files it, and returns the answer's due line and the request's deadline. */
  async function answerAndRequest(
    user: UserContext,
    now: string,
    supportLanguage: Language,
  ): Promise<{ due: string; deadline: string }> {
    clock = new Date(now);
    const language: Language = user.locale.startsWith('ko') ? 'ko' : 'en';
    const run = await playTriage(bot, user, 'new', { ...severityA, language: supportLanguage });
    const due = factValue(run.summary, t(language, 'summary.responseTarget'));
    assert.ok(due, `the answer names the initial response: ${cardText(run.summary)}`);
    const filed = await bot.click(
      user,
      submitData(run.summary, (d) => d.verb === 'triage.filed')!,
    );
    const [request, answer] = filed.cards;
    const deadline = factValue(request, requestText(language, 'fact.deadline'));
    assert.ok(deadline, `the request card names its deadline: ${cardText(request)}`);
    assert.ok(
      cardText(answer).includes(deadline),
      `the answer card, now tracking the request, names the same deadline: ${cardText(answer)}`,
    );
    return { due, deadline };
  }

  it('R21 English support, around the clock: a Korean reader sees "2 hours" and the time in KST, the same on the request', async () => {
    const { due, deadline } = await answerAndRequest(newUser({ locale: 'ko-KR' }), '2026-03-10T01:27:00Z', 'en');
    assert.equal(deadline, '3월 10일 (화) 12:27 KST');
    assert.equal(due, `24시간 기준 2시간 — ${deadline}까지`);
  });

  it('R21 in English: "2 hours, around the clock — by …" in UTC when nothing says where the reader is', async () => {
    const { due, deadline } = await answerAndRequest(newUser(), '2026-03-10T01:27:00Z', 'en');
    assert.equal(deadline, 'Tue 10 Mar, 03:27 UTC');
    assert.equal(due, `2 hours, around the clock — by ${deadline}`);
  });

  it('R22 R24 Korean support on business hours: Friday 17:00 → Monday 10:00 KST, on both cards', async () => {
    const { due, deadline } = await answerAndRequest(newUser({ locale: 'ko-KR' }), '2026-03-06T08:00:00Z', 'ko');
    assert.equal(deadline, '3월 9일 (월) 10:00 KST');
    assert.equal(due, `영업시간 기준 2시간 — ${deadline}까지`);
  });

  it('R24 Korean business hours skip Chuseok: Wednesday 23 Sep 2026 17:00 → Monday 28 Sep 10:00 KST', async () => {
    const { due, deadline } = await answerAndRequest(newUser({ locale: 'ko-KR' }), '2026-09-23T08:00:00Z', 'ko');
    assert.equal(deadline, '9월 28일 (월) 10:00 KST');
    assert.ok(due.includes(deadline), due);
  });

  it('R24 a tenant holiday from TENANT_HOLIDAYS is skipped as well', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const withHoliday = await TestBot.start({ TENANT_HOLIDAYS: `${user.tenantId}:2026-09-28` }, { now: () => clock });
    try {
      clock = new Date('2026-09-23T08:00:00Z');
      const run = await playTriage(withHoliday, user, 'new', { ...severityA, language: 'ko' });
      assert.match(cardText(run.summary), /9월 29일 \(화\) 10:00 KST까지/);
    } finally {
      await withHoliday.stop();
    }
  });

  for (const [typed, shown, time] of [
    ['New York', 'New York (EDT)', 'Mon 9 Mar, 23:27 EDT'],
    ['서울', 'Seoul (KST)', 'Tue 10 Mar, 12:27 KST'],
    ['london', 'London (GMT)', 'Tue 10 Mar, 03:27 GMT'],
  ] as const) {
    it(`R24 the profile takes the time zone "${typed}" and every time follows it (${time})`, async () => {
      clock = new Date('2026-03-10T01:27:00Z');
      const user = newUser();
      const saved = await bot.click(user, { verb: 'profile.save', timeZone: typed });
      assert.match(saved.activities[0]!.text!, /Profile saved/);
      assert.ok(cardText(saved.cards[0]).includes(shown), cardText(saved.cards[0]));
      const { due, deadline } = await answerAndRequest(user, '2026-03-10T01:27:00Z', 'en');
      assert.equal(deadline, time);
      assert.ok(due.endsWith(deadline), due);
    });
  }

  it('R22 the profile shows the support language the last tracked request used, and the next check still asks it', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const usedTitle = t('ko', 'profile.supportLanguageUsed');
    assert.equal(factValue((await bot.say(user, '프로필')).cards[0], usedTitle), undefined, 'nothing used yet');
    await answerAndRequest(user, '2026-03-06T08:00:00Z', 'ko');
    const profile = (await bot.say(user, '프로필')).cards[0];
    assert.match(factValue(profile, usedTitle) ?? '', /^한국어/, cardText(profile));
    assert.equal(
      factValue(profile, t('ko', 'fact.supportLanguage')),
      t('ko', 'profile.empty'),
      'the preference is not set by it',
    );
    // R22: the language flips the deadline between around the clock and business hours, so it is asked, not pre-filled.
    const next = await playTriage(bot, user, '새로', { ...severityA, language: 'en' });
    assert.ok(next.asked.includes('language'), `asked: ${next.asked.join(', ')}`);
  });

  it('R24 a place the bot does not know is refused with examples, and the profile stays as it was', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const refused = await bot.click(user, { verb: 'profile.save', timeZone: 'Gotham' });
    assert.match(refused.activities[0]!.text!, /"Gotham" 시간대를 알 수 없습니다/);
    const profile = await bot.say(user, '프로필');
    assert.doesNotMatch(cardText(profile.cards[0]), /Gotham/);
  });
});
