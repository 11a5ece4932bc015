/**
 * The triage dialog's controls through the HTTP endpoint: R3's one-click
 * continuation, typed answers, back / cancel / start over in both languages,
 * changing a guess, the profile asked once and edited, and group chats.
 */
import assert from 'node:assert/strict';
import { TestBot, activityFrom, newUser } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { answerClick, isSummary, playTriage, questionKeyOf, submitData } from '../helpers/triage-driver';

const profileAnswers = { cspModel: 'direct', role: 'admin-agent' };

describe('triage dialog controls (HTTP endpoint)', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  it('R3 service health not checked → "check service health first", then continues in one click', async () => {
    const user = newUser();
    const first = await playTriage(bot, user, 'new', {
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-checked',
    });
    const text = cardText(first.summary);
    assert.match(text, /Check service health first/);
    assert.match(text, /If service health shows nothing, the answer will be/);
    const oneClick = submitData(first.summary, (d) => d.verb === 'triage.health' && d.value === 'not-listed')!;
    const rest = await playTriage(bot, user, oneClick, {
      ...profileAnswers,
      nature: 'unavailable',
      impact: 'critical',
      language: 'en',
    });
    assert.ok(!rest.asked.includes('product') && !rest.asked.includes('serviceHealth'), rest.asked.join(', '));
    assert.match(cardText(rest.summary), /Severity\nA \(/);
  });

  it('R4 "it is listed" from the same card → known incident, no new request', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const first = await playTriage(bot, user, 'new', {
      product: 'm365',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-checked',
    });
    const listed = await bot.click(
      user,
      submitData(first.summary, (d) => d.value === 'known-incident')!,
    );
    assert.ok(isSummary(listed.cards[0]!));
    assert.match(cardText(listed.cards[0]), /알려진 인시던트|서비스 상태/);
  });

  it("accepts typed answers: numbers, the option's words, and Korean synonyms", async () => {
    const user = newUser({ locale: 'ko-KR' });
    const run = await playTriage(bot, user, '새로', {
      product: { typed: '1' },
      tenant: { typed: '고객' },
      category: { typed: '기술' },
      serviceHealth: { typed: '3' },
      nature: { typed: '버그' },
      impact: { typed: '프로덕션 서비스 중단' },
      cspModel: { typed: '직접' },
      role: { typed: '관리 에이전트' },
      language: { typed: '영어' },
    });
    assert.match(cardText(run.summary), /심각도\nA\(/);
    assert.match(cardText(run.summary), /2시간/);
  });

  it('tells the user when a typed answer matches no option, and asks again', async () => {
    const user = newUser();
    await bot.say(user, 'new');
    const reply = await bot.say(user, 'banana');
    assert.match(reply.activities[0]!.text!, /could not match "banana"/);
    assert.equal(questionKeyOf(reply.cards[0]!), 'product');
  });

  for (const [locale, back, cancel, restart] of [
    ['en-US', 'back', 'cancel', 'start over'],
    ['ko-KR', '이전', '취소', '처음부터'],
  ] as const) {
    it(`${back} / ${restart} / ${cancel} work mid-dialog (${locale})`, async () => {
      const user = newUser({ locale });
      const start = await bot.say(user, 'new');
      const first = await bot.click(user, answerClick(start.cards[0]!, 'product', 'azure'));
      const secondKey = questionKeyOf(first.cards[0]!)!;
      const secondAnswer = submitData(first.cards[0]!, (d) => d.verb === 'triage.answer')!;
      const third = await bot.click(user, secondAnswer);
      assert.notEqual(questionKeyOf(third.cards[0]!), secondKey);

      const backed = await bot.say(user, back);
      assert.equal(questionKeyOf(backed.cards[0]!), secondKey, 'back re-asks the previous question');

      const restarted = await bot.say(user, restart);
      assert.equal(questionKeyOf(restarted.cards[0]!), 'product', 'start over asks from the beginning');

      const cancelled = await bot.say(user, cancel);
      assert.equal(cancelled.cards.length, 0);
      assert.match(cancelled.activities[0]!.text!, locale === 'ko-KR' ? /중단했습니다/ : /stopped this check/);
      const after = await bot.say(user, cancel);
      assert.match(after.activities[0]!.text!, locale === 'ko-KR' ? /취소할 작업이 없습니다/ : /nothing to cancel/);
    });
  }

  it('shows guessed facts as "I understood", and "Change" asks that question again', async () => {
    const user = newUser();
    const reply = await bot.say(user, 'Our customer production Azure VM is down for all users');
    const card = reply.cards[0]!;
    assert.match(cardText(card), /I understood: Product \*\*Azure\*\* · /, 'the guesses on one line');
    const changeButtons = JSON.stringify(card).match(/"verb":"triage\.change"/g) ?? [];
    assert.ok(changeButtons.length >= 2, 'a change button per guess (and its Action.Submit fallback)');
    assert.ok(!JSON.stringify(card.body).includes('"title":"Change"'), 'each Change button says what it changes');
    assert.match(cardText(card), /Change product/);
    const changed = await bot.click(
      user,
      submitData(card, (d) => d.verb === 'triage.change' && d.question === 'product')!,
    );
    assert.equal(questionKeyOf(changed.cards[0]!), 'product');
  });

  it('"Change answers" on the summary re-asks the chosen answer and keeps the rest', async () => {
    const user = newUser();
    const answers = {
      ...profileAnswers,
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'minimal',
      language: 'en',
    };
    const run = await playTriage(bot, user, 'new', answers);
    assert.match(cardText(run.summary), /Severity\nC \(/);
    const change = submitData(run.summary, (d) => d.verb === 'triage.change' && d.question === 'impact')!;
    const rerun = await playTriage(bot, user, change, { impact: 'critical' });
    assert.deepEqual(rerun.asked, ['impact']);
    assert.match(cardText(rerun.summary), /Severity\nA \(/);
  });

  it('asks the partner profile once across two checks by the same user, and shows it with "profile"', async () => {
    const user = newUser();
    const technical = {
      product: 'azure',
      tenant: 'customer',
      category: 'technical',
      serviceHealth: 'not-listed',
      nature: 'bug',
      impact: 'moderate',
      language: 'en',
    };
    const first = await playTriage(bot, user, 'new', { ...technical, cspModel: 'direct', role: 'admin-agent' });
    assert.ok(first.asked.includes('cspModel') && first.asked.includes('role'));
    const sameChat = await playTriage(bot, user, 'new', technical);
    assert.ok(!sameChat.asked.includes('cspModel') && !sameChat.asked.includes('role'), sameChat.asked.join(', '));
    const otherChat = await playTriage(bot, { ...user, conversationId: 'a:another-chat' }, 'new', technical);
    assert.ok(!otherChat.asked.includes('cspModel'), 'the profile is per user, not per chat');

    const profile = await bot.say(user, 'profile');
    assert.match(cardText(profile.cards[0]), /Direct/i);
  });

  it('edits the profile from its card; a bad time zone is refused and nothing changes', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const saved = await bot.click(user, {
      verb: 'profile.save',
      cspModel: 'indirect-reseller',
      role: 'admin-agent',
      paidPlans: 'premier,advanced',
      timeZone: 'Asia/Seoul',
      supportLanguage: 'ko',
    });
    assert.match(saved.activities[0]!.text!, /프로필을 저장했습니다/);
    assert.match(cardText(saved.cards[0]), /서울 \(KST\)/);

    const refused = await bot.click(user, { verb: 'profile.save', cspModel: 'direct', timeZone: 'Mars/Olympus' });
    assert.match(refused.activities[0]!.text!, /IANA/);
    const profile = await bot.say(user, '프로필');
    assert.match(cardText(profile.cards[0]), /간접 재판매인/);
  });

  it('in a group chat the card says who asked, and two people run separate checks', async () => {
    const chat = `19:${Date.now()}@thread.v2`;
    const alice = newUser({ conversationType: 'groupChat', conversationId: chat, userName: 'Alice Kim' });
    const bob = newUser({
      conversationType: 'groupChat',
      conversationId: chat,
      userName: 'Bob Lee',
      tenantId: alice.tenantId,
    });
    const mention = (text: string) => ({
      type: 'message',
      text: `<at>Escalation Advisor</at> ${text}`,
      entities: [
        {
          type: 'mention',
          text: '<at>Escalation Advisor</at>',
          mentioned: { id: '28:escalation-advisor', name: 'Escalation Advisor' },
        },
      ],
    });
    const aliceStart = await bot.post(activityFrom(alice, mention('new')));
    assert.match(cardText(aliceStart.cards[0]), /Asked by Alice Kim/);
    const aliceSecond = await bot.click(alice, answerClick(aliceStart.cards[0]!, 'product', 'azure'));

    const bobClick = await bot.click(bob, answerClick(aliceSecond.cards[0]!, 'category', 'billing'));
    assert.match(bobClick.activities[0]!.text!, /belongs to a check someone else started/);
    assert.equal(bobClick.cards.length, 0, "Alice's card, which everyone sees, is left as it is");

    const aliceNext = await bot.click(alice, answerClick(aliceSecond.cards[0]!, 'category', 'technical'));
    assert.equal(
      questionKeyOf(aliceNext.cards[0]!),
      'tenant',
      "Bob's click did not answer for Alice: her own click is taken, at the step her card shows",
    );
  });

  it('keeps profile answers given before a cancel, and switches a check under way to the new language', async () => {
    const user = newUser();
    let reply = await bot.say(user, 'new');
    const facts: Record<string, string> = {
      product: 'azure',
      category: 'technical',
      tenant: 'customer',
      serviceHealth: 'not-listed',
      nature: 'bug',
    };
    for (
      let key = questionKeyOf(reply.cards[0]!);
      key !== undefined && key in facts;
      key = questionKeyOf(reply.cards[0]!)
    ) {
      reply = await bot.click(user, answerClick(reply.cards[0]!, key, facts[key]!));
    }
    assert.equal(questionKeyOf(reply.cards[0]!), 'cspModel');
    const role = await bot.click(user, answerClick(reply.cards[0]!, 'cspModel', 'indirect-provider'));
    await bot.say(user, 'language ko');
    const next = await bot.click(user, answerClick(role.cards[0]!, 'role', 'admin-agent'));
    assert.match(cardText(next.cards[0]), /[가-힣]/, 'the next card of the same check is in Korean');
    await bot.say(user, 'cancel');
    const profile = await bot.say(user, 'profile');
    assert.match(cardText(profile.cards[0]), /간접 공급자/, 'the CSP model answered before the cancel was kept');
  });
});
