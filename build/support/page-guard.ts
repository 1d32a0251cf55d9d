/**
 * The one check for every Playwright page the project drives: the end-to-end tests (tests/e2e,
 * tests/print-e2e, tests/electron-e2e) and `npm run slips`, whose page tests/pdf-e2e runs. It
 * fails if the page logs an error or a warning, throws, gets an HTTP error, or asks for anything
 * outside the app's own origin. A test that tries to reach the outside on purpose, to show it is
 * refused, names that address first (`expectRefused`); the attempt must then fail, and what the
 * browser logs about it is expected.
 */
import type { Page } from '@playwright/test';

export class PageGuard {
  readonly problems: string[] = [];
  private readonly refused = new Set<string>();

  /** `origin` is where the app lives, e.g. `http://127.0.0.1:4173/` or `app://kiosk/`. */
  constructor(private readonly origin: string) {}

  /** Starts watching a page (before it loads anything, to miss nothing). */
  watch(page: Page): this {
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const where = message.location().url;
      if (this.isProbe(message.text()) || this.isProbe(where)) return;
      this.problems.push(`console ${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!this.isOwn(request.url()) && !this.refused.has(request.url())) this.problems.push(`request outside the app: ${request.url()}`);
    });
    // A probe that got through is the worst outcome of all: say so.
    page.on('requestfinished', (request) => {
      if (this.refused.has(request.url())) this.problems.push(`request outside the app was not refused: ${request.url()}`);
    });
    return this;
  }

  /** The test itself will try to reach `url` to show that it is refused. */
  expectRefused(url: string): void {
    this.refused.add(url);
  }

  /** Throws (failing the test, or the command) with every problem seen. */
  expectClean(): void {
    if (this.problems.length > 0) throw new Error(`Console errors, page errors, HTTP errors or requests outside the app:\n${this.problems.join('\n')}`);
  }

  private isOwn(url: string): boolean {
    // data: URLs are the page's own bytes (fonts embedded in a slip), never a request to anywhere.
    return url.startsWith(this.origin) || url.startsWith('data:') || url === 'about:blank';
  }

  private isProbe(text: string): boolean {
    return [...this.refused].some((url) => text.includes(url) || text.includes(new URL(url).host));
  }
}
