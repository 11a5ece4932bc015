/**
 * `npm run test:playground`: the bot (embedded Cosmos) and the Microsoft 365
 * Agents Playground on loopback, driven by headless Chromium through one
 * whole check in Korean by clicking the rendered card buttons (R6 R10 R21:
 * Azure production down, nothing in service health → escalate, severity A,
 * Korean support on business hours, R22 R24). The check is ONE card redrawn
 * at every click; its answer states the deadline in KST; "I've filed it"
 * turns it into "Tracked as request …" showing the same deadline as the
 * request card it posts, and the reminder follows. Screenshots of the cards
 * go to docs/ for the README. Exit code 0 = passed; every wait is bounded
 * and the child processes are always stopped.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { t } from '../../src/i18n';
import { requestText } from '../../src/i18n/request-texts';
import { createLogger } from '../../src/log';
import { ChatPage, launchChromium } from './chat-page';
import { freePort, withTimeout } from './deadline';
import { type RunningPlayground, startPlayground } from './playground-cli';
import { type Answers, walkTriage } from './triage-walk';

const wholeRunMs = 240_000;
const timeouts = { replyMs: 20_000, settleMs: 300 };
const docsDir = path.resolve(__dirname, '../../../docs');

/** A Tuesday, 10:00 in Seoul: inside business hours, so the Korean clock runs from now (R24). */
const startsAt = new Date('2026-12-01T01:00:00Z');
const problem = '고객 프로덕션 Azure VM이 모든 사용자에게 다운됐어요';
const answers: Answers = {
  cspModel: 'direct',
  role: 'admin-agent',
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact: 'critical',
  language: 'ko',
  adminRelationship: 'yes',
};
/** R21 R22 R24: severity A, two business hours from Tuesday 10:00 KST. */
const deadline = '12월 1일 (화) 12:00 KST';
const summaryMustSay = [/Microsoft로 에스컬레이션하세요/, /심각도\s+A\(심각한 영향\)/, /클라우드 솔루션 공급자/];
const serviceRequestNumber = '2411210010001234';

/** Failures of the playground's own client that look like a bot fault, and what they mean. */
const knownClientFaults: readonly [RegExp, string][] = [
  [
    /read only property 'key'/,
    'the playground (0.2.28) cannot submit an Action.Submit whose data has a property named "key": the click never reaches the bot. Name that property differently in the card data.',
  ],
];

interface Running {
  app?: RunningApp;
  playground?: RunningPlayground;
  browser?: Browser;
}

const running: Running = {};
const started = Date.now();

function step(message: string): void {
  process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}

async function expectText(card: Locator, what: string, patterns: readonly RegExp[]): Promise<void> {
  const text = await card.innerText();
  const missing = patterns.filter((pattern) => !pattern.test(text));
  if (missing.length > 0) throw new Error(`the ${what} does not say ${missing.join(', ')}; it reads:\n${text}`);
}

async function expectButtons(chat: ChatPage, card: Locator, what: string, labels: readonly string[]): Promise<void> {
  const buttons = await chat.buttonsOf(card);
  const missing = labels.filter((label) => !buttons.includes(label));
  if (missing.length > 0)
    throw new Error(`the ${what} has no ${missing.join(', ')} button; it has: ${buttons.join(', ')}`);
}

async function expectSame(card: Locator, what: string, texts: readonly string[]): Promise<void> {
  await expectText(
    card,
    what,
    texts.map((text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
  );
}

async function run(): Promise<void> {
  // The bot's clock stands still unless the run moves it: reminders come from its own scheduler's tick.
  let clock = startsAt;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SHUTDOWN_GRACE_MS: '2000',
    REMINDERS_ENABLED: 'false',
  });
  running.app = await startApp(config, createLogger(config.logLevel), { now: () => clock });
  step(`bot listening on ${running.app.url}`);

  // A user in Seoul: the playground reports its zone to the bot, whose times follow it (R24).
  running.playground = await startPlayground(`${running.app.url}/api/messages`, await freePort(), 30_000, 'Asia/Seoul');
  step(`playground on ${running.playground.url}`);

  running.browser = await launchChromium();
  const chat = await ChatPage.open(running.browser, running.playground.url, timeouts);
  step('chat open, welcome card shown');
  mkdirSync(docsDir, { recursive: true });
  await chat.screenshot(await chat.newestCard(), path.join(docsDir, 'welcome-card.png'));

  await chat.sendText('language ko');
  const triage = await walkTriage(chat, problem, answers, 'ko', async (card) => {
    await expectText(card, 'question card', [new RegExp(t('ko', 'triage.understood'))]);
    await chat.screenshot(card, path.join(docsDir, 'question-card.png'));
  });
  step(`the one card reached the answer after ${triage.asked.length} questions: ${triage.asked.join(', ')}`);
  await expectText(triage.summary, 'answer card', summaryMustSay);
  await expectSame(triage.summary, 'answer card', [`영업시간 기준 2시간 — ${deadline}까지`]);
  await chat.screenshot(triage.summary, path.join(docsDir, 'summary-card.png'));
  step('answer card checked, docs/summary-card.png saved');

  await chat.click(triage.summary, t('ko', 'summary.filed'));
  await chat.fill(triage.summary, t('ko', 'summary.srNumber'), serviceRequestNumber);
  const request = await chat.clickForReply(triage.summary, t('ko', 'summary.save'));
  await expectText(request, 'request card', [
    new RegExp(requestText('ko', 'card.heading')),
    new RegExp(requestText('ko', 'status.filed')),
    /심각도\s+A\(심각한 영향\)/,
    new RegExp(serviceRequestNumber),
    /2시간 남음/,
  ]);
  await expectSame(request, 'request card', [deadline]);
  await expectButtons(chat, request, 'request card', [
    requestText('ko', 'action.responded'),
    requestText('ko', 'action.resolved'),
  ]);
  await chat.screenshot(request, path.join(docsDir, 'request-card.png'));
  step('request card checked, docs/request-card.png saved');

  // The answer card itself now tracks the request: the same deadline, no second filing button.
  await expectSame(triage.summary, 'tracked answer card', [`응답 기한 ${deadline}`]);
  const buttons = await chat.buttonsOf(triage.summary);
  if (buttons.includes(t('ko', 'summary.filed')))
    throw new Error(`the tracked answer still offers to file: ${buttons.join(', ')}`);
  await expectButtons(chat, triage.summary, 'tracked answer card', [t('ko', 'summary.openRequest')]);
  await chat.screenshot(triage.summary, path.join(docsDir, 'tracked-card.png'));
  step('answer card turned into the tracked request, docs/tracked-card.png saved');

  // R26: at 75 % of severity A's two business hours (11:30 KST) the "due soon" reminder arrives in the chat.
  clock = new Date(startsAt.getTime() + 95 * 60_000);
  const app = running.app;
  const reminder = await chat.cardFrom(() => app.reminders.tick(clock));
  await expectText(reminder, 'reminder card', [
    /25분 남음/,
    /심각도\s+A\(심각한 영향\)/,
    new RegExp(serviceRequestNumber),
  ]);
  await expectSame(reminder, 'reminder card', [deadline]);
  await expectButtons(chat, reminder, 'reminder card', [
    requestText('ko', 'action.responded'),
    requestText('ko', 'action.resolved'),
  ]);
  await chat.screenshot(reminder, path.join(docsDir, 'reminder-card.png'));
  step('reminder card checked, docs/reminder-card.png saved');
}

/** Stops whatever was started, each step bounded, even after a failure. */
async function cleanUp(): Promise<void> {
  const stops: [string, (() => Promise<void>) | undefined][] = [
    ['Chromium', running.browser && (() => running.browser!.close())],
    ['the playground', running.playground?.stop],
    ['the bot', running.app?.stop],
  ];
  for (const [what, stop] of stops) {
    if (stop === undefined) continue;
    await withTimeout(stop(), 10_000, `${what} to stop`).catch((err: unknown) => {
      process.stderr.write(`cleanup: ${(err as Error).message}\n`);
    });
  }
}

async function failureScreenshot(): Promise<string | undefined> {
  const page = running.browser?.contexts()[0]?.pages()[0];
  if (page === undefined) return undefined;
  const file = path.join(os.tmpdir(), `playground-failure-${process.pid}.png`);
  return page.screenshot({ path: file, fullPage: true, timeout: 5_000 }).then(
    () => file,
    () => undefined,
  );
}

async function main(): Promise<number> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await withTimeout(run(), wholeRunMs, 'the whole playground run');
    step('passed');
    return 0;
  } catch (err) {
    const message = (err as Error).message;
    process.stderr.write(`\nPLAYGROUND TEST FAILED: ${message}\n`);
    for (const [pattern, meaning] of knownClientFaults) if (pattern.test(message)) process.stderr.write(`${meaning}\n`);
    const shot = await failureScreenshot();
    if (shot !== undefined) process.stderr.write(`screenshot of the page: ${shot}\n`);
    const cli = running.playground?.output().trim();
    if (cli) process.stderr.write(`playground CLI output (last 2000 characters):\n${cli.slice(-2_000)}\n`);
    return 1;
  } finally {
    await cleanUp();
    step('cleaned up');
  }
}

void main().then((code) => process.exit(code));
