/**
 * `npm run test:playground`: the bot (embedded Cosmos) and the Microsoft 365
 * Agents Playground on loopback, driven by headless Chromium through one
 * whole triage by clicking the rendered card buttons (R6 R10 R21: Azure
 * production down, nothing in service health → escalate, severity A, 2 hours,
 * Cloud Solution Provider plan), then "I've filed it" → the request card.
 * Screenshots of the cards go to docs/ for the README. Exit code 0 = passed;
 * every wait is bounded and the child processes are always stopped.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { requestText } from '../../src/requests/request-texts';
import { t } from '../../src/i18n';
import { ChatPage, launchChromium } from './chat-page';
import { freePort, withTimeout } from './deadline';
import { type RunningPlayground, startPlayground } from './playground-cli';
import { type Answers, walkTriage } from './triage-walk';

const wholeRunMs = 180_000;
const timeouts = { replyMs: 20_000, settleMs: 300 };
const docsDir = path.resolve(__dirname, '../../../docs');

const problem = "Our customer's production Azure VM is down for all users";
const answers: Answers = {
  cspModel: 'direct',
  role: 'admin-agent',
  product: 'azure',
  tenant: 'customer',
  category: 'technical',
  serviceHealth: 'not-listed',
  nature: 'unavailable',
  impact: 'critical',
  language: 'en',
  adminRelationship: 'yes',
};
/** R6 R10 R21: what the summary card must say for these answers. */
const summaryMustSay = [/Escalate to Microsoft/, /Severity A/, /Initial response[\s\S]*2 hours/, /Cloud Solution Provider/];
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
  if (missing.length > 0) throw new Error(`the ${what} has no ${missing.join(', ')} button; it has: ${buttons.join(', ')}`);
}

async function run(): Promise<void> {
  // The bot's clock stands still unless the run moves it: reminders come from its own scheduler's tick.
  let clock = new Date();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '2000', REMINDERS_ENABLED: 'false' });
  running.app = await startApp(config, createLogger(config.logLevel), { now: () => clock });
  step(`bot listening on ${running.app.url}`);

  running.playground = await startPlayground(`${running.app.url}/api/messages`, await freePort(), 30_000);
  step(`playground on ${running.playground.url}`);

  running.browser = await launchChromium();
  const chat = await ChatPage.open(running.browser, running.playground.url, timeouts);
  step('chat open, welcome card shown');

  const triage = await walkTriage(chat, problem, answers);
  step(`summary card after ${triage.asked.length} questions: ${triage.asked.join(', ')}`);
  await expectText(triage.summary, 'summary card', summaryMustSay);
  mkdirSync(docsDir, { recursive: true });
  await chat.screenshot(triage.summary, path.join(docsDir, 'summary-card.png'));
  step('summary card checked, docs/summary-card.png saved');

  await chat.click(triage.summary, t('en', 'summary.filed'));
  await chat.fill(triage.summary, t('en', 'summary.srNumber'), serviceRequestNumber);
  const request = await chat.clickForReply(triage.summary, t('en', 'summary.save'));
  await expectText(request, 'request card', [
    new RegExp(requestText('en', 'card.heading')),
    new RegExp(requestText('en', 'status.filed')),
    /Severity A/,
    new RegExp(`${requestText('en', 'fact.deadline')}\\s+.*\\d{1,2}:\\d{2}`),
    /\b\d+ h( \d+ min)? left\b/,
    new RegExp(serviceRequestNumber),
  ]);
  await expectButtons(chat, request, 'request card', [requestText('en', 'action.responded'), requestText('en', 'action.resolved')]);
  await chat.screenshot(request, path.join(docsDir, 'request-card.png'));
  step('request card checked, docs/request-card.png saved');

  // R26: at 75 % of severity A's 2 hours the proactive "due soon" reminder arrives in the chat.
  clock = new Date(clock.getTime() + 95 * 60_000);
  const app = running.app;
  const reminder = await chat.cardFrom(() => app.reminders.tick(clock));
  await expectText(reminder, 'reminder card', [/\b25 min left\b/, /Severity A/, new RegExp(serviceRequestNumber)]);
  await expectButtons(chat, reminder, 'reminder card', [requestText('en', 'action.responded'), requestText('en', 'action.resolved')]);
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
