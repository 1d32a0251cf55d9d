/// <reference lib="dom" />
/**
 * Timing measured inside the page, as the person at the kiosk sees it: from the input event (its
 * own timestamp) to the animation frame in which the screen shows the result, or to the app's own
 * "interactive" mark after a load. Used by `npm run bench` and `npm run soak`.
 */
import type { Page } from '@playwright/test';

export type ScreenShows = { heading: string; fontsLoaded?: boolean };

/**
 * The watcher, as plain JavaScript run in the page. (Written as text: the TypeScript runner would
 * wrap a named function in a helper that does not exist inside the page.)
 */
const WATCH_NEXT_TAP = `(expected) => {
  window.__tapToPaint = new Promise((resolve) => {
    document.addEventListener('click', (event) => {
      const tapped = event.timeStamp;
      const frame = (time) => {
        const heading = document.querySelector('main h1')?.textContent?.trim();
        if (heading === expected.heading && (!expected.fontsLoaded || document.fonts.status === 'loaded')) resolve(time - tapped);
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, { capture: true, once: true });
  });
}`;

/**
 * Starts watching for the next tap; resolves (in the page) with the milliseconds from the tap's
 * input event to the first frame whose main heading is `heading` (and, if asked, whose fonts have
 * all loaded). Call it, then tap, then await `tapResult`.
 */
export async function watchNextTap(page: Page, shows: ScreenShows): Promise<void> {
  await page.evaluate(`(${WATCH_NEXT_TAP})(${JSON.stringify(shows)})`);
}

export async function tapResult(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tapToPaint: Promise<number> }).__tapToPaint);
}

/** Milliseconds from the navigation's start to the app's first frame on screen (main.ts marks it). */
export async function interactiveAt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('kiosk:interactive').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('kiosk:interactive')[0]?.startTime ?? Number.NaN);
}

/** The page's largest contentful paint, in milliseconds from the navigation's start. */
export async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/** The JavaScript heap of the page after a full garbage collection, in MB (DevTools protocol). */
export async function heapAfterGc(page: Page): Promise<number> {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return usedSize / 1024 / 1024;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
