/** What a person sees of a screen, measured: text that does not fit its box, and controls too small for a finger. */
import type { Page } from '@playwright/test';

/**
 * Text that does not fit its box: content wider than its box anywhere (it would run off or be
 * cut), and content taller than a box that clips. (Tall scripts such as Nastaliq may draw above
 * and below their line boxes; that ink is visible, so it is not counted where nothing clips it.)
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      // Hidden from the eye on purpose (screen-reader-only text) or drawn by something else.
      if (element.closest('[aria-hidden="true"], iframe, svg, .visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'contents' || style.visibility === 'hidden' || element.clientWidth === 0) continue;
      const clips = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const wide = element.scrollWidth > element.clientWidth + 1;
      const tall = clips && element.scrollHeight > element.clientHeight + 1;
      if (wide || tall) problems.push(`${element.tagName.toLowerCase()}.${element.className.split(' ')[0] ?? ''} "${(element.innerText ?? '').slice(0, 40)}" ${wide ? 'too wide' : 'too tall'}`);
    }
    return problems;
  });
}

/** The smallest touch target the kiosk allows, in CSS pixels (both sides). */
export const MIN_TARGET_PX = 48;

/** Every control a person can touch or reach with a keyboard that is smaller than 48 × 48 CSS px. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])');
    return [...controls].flatMap((control) => {
      const style = getComputedStyle(control);
      if (style.display === 'none' || style.visibility === 'hidden' || control.closest('[aria-hidden="true"]')) return [];
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (box.width + 0.5 >= minimum && box.height + 0.5 >= minimum) return [];
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40);
      return [`${control.tagName.toLowerCase()} "${name}" ${Math.round(box.width)} × ${Math.round(box.height)}`];
    });
  }, MIN_TARGET_PX);
}
