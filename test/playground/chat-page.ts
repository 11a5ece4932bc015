/**
 * The playground's chat as a user sees it, driven by headless Chromium:
 * type a message, click a card's button by its text, wait for the bot's
 * next card, read a card's text, screenshot a card. Nothing leaves loopback:
 * the playground's web fonts come from a CDN, and those requests are refused.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export interface ChatTimeouts {
  /** Longest wait for the bot's reply to one message or click. */
  readonly replyMs: number;
  /** A reply is complete once no further card has arrived for this long. */
  readonly settleMs: number;
}

/** Flags that let Debian's Chromium run headless in a container and stay off the network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Top-level cards only: an expanded Action.ShowCard is an adaptive card inside the card. */
const cardSelector = '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)';

export function chromiumPath(): string {
  const candidate = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`,
    );
  }
  return candidate;
}

/** Headless Chromium with a fresh temporary profile (playwright creates and removes it). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs, timeout: 30_000 });
}

function isLoopback(url: URL): boolean {
  return (
    url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:'
  );
}

export class ChatPage {
  /** Rejects at the page's first uncaught error: a click that throws in the client never reaches the bot. */
  private readonly failed: Promise<never>;

  private constructor(
    private readonly page: Page,
    private readonly timeouts: ChatTimeouts,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      page.once('pageerror', (err) => reject(new Error(`the playground page threw: ${err.message}`)));
    });
    // Only awaited inside races; an error while nothing waits must not crash the run.
    this.failed.catch(() => undefined);
  }

  /** Opens the playground and waits until the message box and the bot's welcome card are there. */
  static async open(browser: Browser, url: string, timeouts: ChatTimeouts): Promise<ChatPage> {
    // A tall viewport keeps a whole card in view for its screenshot; scale 2 keeps the text sharp.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 2000 },
      deviceScaleFactor: 2,
      locale: 'en-US',
    });
    await context.route(
      (target) => !isLoopback(target),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(timeouts.replyMs);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const chat = new ChatPage(page, timeouts);
    await chat.messageBox().waitFor({ state: 'visible' });
    await chat.cards().first().waitFor({ state: 'visible' });
    return chat;
  }

  /** Types a message, sends it and returns the bot's newest card once its reply is complete. */
  async send(text: string): Promise<Locator> {
    const before = await this.cards().count();
    await this.messageBox().click();
    await this.page.keyboard.type(text);
    await this.page.getByRole('button', { name: 'Send Message', exact: true }).click();
    return this.nextCard(before);
  }

  /** Types a message that gets only a text reply (e.g. "language ko") and waits for it to settle. */
  async sendText(text: string): Promise<void> {
    await this.messageBox().click();
    await this.page.keyboard.type(text);
    await this.page.getByRole('button', { name: 'Send Message', exact: true }).click();
    await this.page.waitForTimeout(this.timeouts.settleMs * 5);
  }

  /**
   * Clicks the card's button and waits for the SAME card to be redrawn (one
   * card per check); a new card arriving instead is a failure.
   */
  async clickForUpdate(card: Locator, label: string): Promise<Locator> {
    const index = await this.indexOf(card);
    const count = await this.cards().count();
    const before = await card.innerText();
    await this.click(card, label);
    const same = this.cards().nth(index);
    for (let waited = 0; waited < this.timeouts.replyMs; waited += this.timeouts.settleMs) {
      await Promise.race([this.page.waitForTimeout(this.timeouts.settleMs), this.failed]);
      if ((await this.cards().count()) !== count)
        throw new Error(`"${label}" posted a new card instead of redrawing the check's card`);
      if ((await same.innerText()) !== before) {
        await this.page.waitForTimeout(this.timeouts.settleMs);
        return same;
      }
    }
    throw new Error(`the card was not redrawn within ${this.timeouts.replyMs} ms after "${label}"`);
  }

  /** Where a card stands among the chat's cards, oldest first. */
  private async indexOf(card: Locator): Promise<number> {
    const handle = await card.elementHandle();
    const all = await this.cards().elementHandles();
    for (const [i, candidate] of all.entries()) {
      if (await candidate.evaluate((node, other) => node === other, handle)) return i;
    }
    throw new Error('the card is no longer in the chat');
  }

  /** Clicks the card's button with exactly this text (no reply expected, e.g. an Action.ShowCard). */
  async click(card: Locator, label: string): Promise<void> {
    await this.button(card, label).click();
  }

  /** Clicks the card's button with exactly this text and returns the bot's newest card once its reply is complete. */
  async clickForReply(card: Locator, label: string): Promise<Locator> {
    const before = await this.cards().count();
    await this.click(card, label);
    return this.nextCard(before);
  }

  /** The bot's newest card (e.g. the welcome card). */
  newestCard(): Locator {
    return this.cards().last();
  }

  /** Runs something outside the chat (a reminder tick) and returns the card it makes the bot post. */
  async cardFrom(trigger: () => Promise<unknown>): Promise<Locator> {
    const before = await this.cards().count();
    await trigger();
    return this.nextCard(before);
  }

  async fill(card: Locator, label: string, value: string): Promise<void> {
    await card.getByLabel(label).fill(value);
  }

  /** The button labels of a card, to say what was there when the expected one is missing. */
  buttonsOf(card: Locator): Promise<string[]> {
    return card
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
  }

  async screenshot(card: Locator, file: string): Promise<void> {
    // The pointer would leave the last clicked spot's button drawn as hovered.
    await this.page.mouse.move(0, 0);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: file, animations: 'disabled' });
  }

  private messageBox(): Locator {
    return this.page.locator('[contenteditable=true][role=textbox]');
  }

  private cards(): Locator {
    return this.page.locator(cardSelector);
  }

  private button(card: Locator, label: string): Locator {
    return card.getByRole('button', { name: label, exact: true });
  }

  /** Waits for a card beyond the first `before`, then until no more arrive (a reply may hold several activities). */
  private async nextCard(before: number): Promise<Locator> {
    await Promise.race([
      this.cards().nth(before).waitFor({ state: 'attached', timeout: this.timeouts.replyMs }),
      this.failed,
    ]);
    let count = await this.cards().count();
    for (let waited = 0; waited < this.timeouts.replyMs; waited += this.timeouts.settleMs) {
      await this.page.waitForTimeout(this.timeouts.settleMs);
      const now = await this.cards().count();
      if (now === count) break;
      count = now;
    }
    return this.cards().nth(count - 1);
  }
}
