/**
 * Two bot instances (two `startApp`, two Cosmos clients) on ONE database,
 * taking turns of the same conversation as a load balancer would hand them
 * out: the dialog state, the partner profile and the language preference
 * must come from the database on every turn, so no instance holds a copy
 * the other could make stale.
 * The shared database is one embedded server, reached by both through
 * COSMOS_ENDPOINT as a real account would be.
 */
import assert from 'node:assert/strict';
import { t } from '../../src/i18n';
import { TestBot, newUser, type UserContext } from '../helpers/bot-harness';
import { cardText } from '../helpers/card-inspect';
import { TestCosmos } from '../helpers/test-cosmos';
import { playTriage } from '../helpers/triage-driver';

const technical = {
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact: 'critical',
  language: 'en',
};
const profile = { cspModel: 'direct', role: 'admin-agent' };

describe('two bot instances on one database (no in-process state)', function () {
  this.timeout(60_000);
  let database: TestCosmos;
  let instances: [TestBot, TestBot];
  let served: [number, number];

  /** A bot whose turns go to the two instances in turn, starting with `first`. */
  function alternating(first: 0 | 1): TestBot {
    let next: number = first;
    const pick = () => {
      const index = next;
      next = 1 - next;
      served[index]!++;
      return instances[index]!;
    };
    const bot: Pick<TestBot, 'say' | 'click'> = {
      say: (user: UserContext, text: string) => pick().say(user, text),
      click: (user: UserContext, data: Record<string, unknown>) => pick().click(user, data),
    };
    // playTriage only says and clicks.
    return bot as TestBot;
  }

  before(async () => {
    database = await TestCosmos.start();
    instances = [await TestBot.start(database.env), await TestBot.start(database.env)];
  });
  beforeEach(() => {
    served = [0, 0];
  });
  after(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.stop();
  });

  it('R6 R10 R21: a whole triage with turns alternating between the instances reaches the right summary, each question asked once', async () => {
    const user = newUser();
    const run = await playTriage(alternating(0), user, 'Our customer production Azure VM is down for all users', {
      ...technical,
      ...profile,
    });
    assert.ok(served[0] >= 2 && served[1] >= 2, `both instances served turns: ${served.join(' / ')}`);
    assert.equal(new Set(run.asked).size, run.asked.length, `a question was asked twice: ${run.asked.join(', ')}`);
    const text = cardText(run.summary);
    assert.match(text, /Escalate to Microsoft/);
    assert.match(text, /Severity\nA \(/);
    assert.match(text, /2 hours/);
  });

  it('the profile saved through one instance is used by the other, in a new chat', async () => {
    const user = newUser();
    const first = await playTriage(alternating(0), user, 'new', { ...technical, ...profile });
    assert.ok(first.asked.includes('cspModel') && first.asked.includes('role'), first.asked.join(', '));
    const otherChat = { ...user, conversationId: `a:other-chat-${Date.now()}` };
    const second = await playTriage(alternating(1), otherChat, 'new', technical);
    assert.ok(
      !second.asked.includes('cspModel') && !second.asked.includes('role'),
      `profile asked again: ${second.asked.join(', ')}`,
    );
  });

  it('a language switch on one instance is followed by the other, and back again', async () => {
    const user = newUser();
    await instances[0].say(user, 'language ko');
    assert.match(cardText((await instances[1].say(user, 'help')).cards[0]), /[가-힣]/);
    await instances[1].say(user, 'language en');
    assert.doesNotMatch(cardText((await instances[0].say(user, 'help')).cards[0]), /[가-힣]/);
  });

  it('cancel on one instance ends the check the other instance started', async () => {
    const user = newUser();
    await instances[0].say(user, 'new');
    assert.equal((await instances[1].say(user, 'cancel')).activities[0]!.text, t('en', 'triage.cancelled'));
    assert.equal(
      (await instances[0].say(user, 'cancel')).activities[0]!.text,
      t('en', 'triage.nothingToCancel'),
      'the first instance saw the cancel',
    );
  });
});
