/**
 * What partners write, through the HTTP endpoint: a problem starts the check at once
 * (never the "answer or decide?" card, never an FAQ answer), a second question
 * is answered beside it, every stated fact and profile fact is read (and the
 * profile saved only when the check ends), text typed mid-check is never lost,
 * and an over-long message is read in part with a polite note.
 */
import assert from 'node:assert/strict';
import { TestBot, newUser, type Reply } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { isSummary, playTriage, questionKeyOf, submitData } from '../helpers/triage-driver';

const isAnswerCard = (card: Record<string, unknown>): boolean =>
  submitData(card, (d) => d.feedback === 'yes') !== undefined;
const isChoiceCard = (card: Record<string, unknown>): boolean =>
  submitData(card, (d) => d.route === 'triage') !== undefined;
/** The value of the card input with this id. */
function inputValue(card: Record<string, unknown>, id: string): unknown {
  let value: unknown;
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if ((node as { id?: unknown }).id === id) value = (node as { value?: unknown }).value;
    Object.values(node).forEach(walk);
  };
  walk(card);
  return value;
}

const lastQuestion = (reply: Reply): string | undefined => questionKeyOf(reply.cards.at(-1)!);

describe('what partners write, through the HTTP endpoint', () => {
  let bot: TestBot;
  before(async () => {
    bot = await TestBot.start();
  });
  after(() => bot.stop());

  it('a problem ending in "Should I escalate this?", or saying service health was checked, starts the check at once', async () => {
    for (const [locale, text] of [
      [
        'en-US',
        "Customer's Exchange Online stopped delivering mail to external domains this morning. I checked service health, nothing there. Should I escalate this?",
      ],
      [
        'ko-KR',
        '고객사 Exchange Online 메일이 오늘 아침부터 안 들어와요. 서비스 상태 페이지엔 아무것도 안 떠요. 에스컬레이션 해야 하나요?',
      ],
      ['en-US', "The customer's AKS cluster won't scale out past 3 nodes"],
    ] as const) {
      const reply = await bot.say(newUser({ locale }), text);
      assert.ok(
        reply.cards.every((card) => !isChoiceCard(card) && !isAnswerCard(card)),
        `detoured: ${text}`,
      );
      assert.ok(lastQuestion(reply) !== undefined || isSummary(reply.cards.at(-1)!), `no check for: ${text}`);
    }
  });

  it('R3, R4: "down for all users, nothing listed in service health" is read as not listed, never a known incident', async () => {
    const user = newUser();
    const run = await playTriage(
      bot,
      user,
      "Our customer's production Azure VMs are down for all users, nothing listed in service health.",
      {
        cspModel: 'direct',
        role: 'admin-agent',
        language: 'en',
      },
    );
    assert.ok(
      !run.asked.some((key) => ['product', 'tenant', 'serviceHealth', 'impact', 'nature'].includes(key)),
      run.asked.join(', '),
    );
    const text = cardText(run.summary);
    assert.match(text, /Escalate to Microsoft/);
    assert.match(text, /Severity\nA \(/);
    assert.doesNotMatch(text, /Known incident/i);
  });

  it('a problem with a distinct question gets the answer and the check, the answer first', async () => {
    const reply = await bot.say(
      newUser(),
      "Customer's Exchange is down for everyone. Also, can I call Microsoft by phone for this?",
    );
    assert.equal(submitData(reply.cards[0]!, (d) => d.feedback === 'yes')?.topic, 'phone-support');
    assert.ok(lastQuestion(reply) !== undefined || isSummary(reply.cards.at(-1)!));
  });

  it('R12: profile facts in the text are shown as understood and saved to the profile only when the check ends', async () => {
    const user = newUser();
    const first = await bot.say(
      user,
      "We are an indirect reseller. Our customer's Azure VM is down for all users, service health shows nothing.",
    );
    assert.match(cardText(first.cards.at(-1)), /I understood[\s\S]*Indirect reseller/i);
    const storedModel = async () => inputValue((await bot.say(user, 'profile')).cards[0]!, 'cspModel');
    assert.notEqual(await storedModel(), 'indirect-reseller', 'not saved while the check runs');
    await bot.say(user, 'cancel');
    assert.equal(await storedModel(), 'indirect-reseller');
  });

  it('text typed at the first question fills every fact it states, not only the one asked', async () => {
    const user = newUser();
    const start = await bot.say(user, 'new');
    assert.equal(lastQuestion(start), 'product');
    const reply = await bot.say(
      user,
      "Customer's Azure VMs are down for all users and nothing is listed in service health",
    );
    const next = lastQuestion(reply);
    assert.ok(next !== undefined && !['product', 'tenant', 'serviceHealth', 'impact'].includes(next), `asked ${next}`);
    assert.match(cardText(reply.cards.at(-1)), /I understood/);
  });

  it('a question asked mid-check is answered, and the current question asked again', async () => {
    const user = newUser({ locale: 'ko-KR' });
    const start = await bot.say(user, '새로');
    const asked = lastQuestion(start);
    const reply = await bot.say(user, '전화로 서비스 요청을 제출할 수 있나요?');
    assert.equal(submitData(reply.cards[0]!, (d) => d.feedback === 'yes')?.topic, 'phone-support');
    assert.equal(lastQuestion(reply), asked);
  });

  it("a new problem mid-check starts its own check, says so, and the first check's answers come back", async () => {
    const user = newUser();
    const first = await bot.say(user, "Customer's Azure VM won't start since this morning");
    const firstQuestion = lastQuestion(first);
    const switched = await bot.say(
      user,
      "Another one: the customer's billing invoice charged us twice for Microsoft 365 licences",
    );
    assert.match(switched.text, /new problem/i);
    assert.notEqual(lastQuestion(switched), 'product');
    const resumed = await bot.say(user, 'resume');
    assert.match(resumed.text, /Back to your earlier check/);
    assert.equal(lastQuestion(resumed), firstQuestion);
  });

  it('an over-long message is read in part, with a polite note, in English and Korean', async () => {
    const english = await bot.say(
      newUser(),
      `Customer's Azure VM is down for all users. ${'Log line. '.repeat(1_500)}`,
    );
    assert.match(english.activities[0]!.text!, /read only its first/);
    const korean = await bot.say(
      newUser({ locale: 'ko-KR' }),
      `고객사 Azure VM이 다운됐어요. ${'로그 내용. '.repeat(2_000)}`,
    );
    assert.match(korean.activities[0]!.text!, /처음 .*자까지만 읽었습니다/);
  });
});
