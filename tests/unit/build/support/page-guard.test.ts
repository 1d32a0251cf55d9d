import { EventEmitter } from 'node:events';
import type { Page } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { PageGuard } from '../../../../build/support/page-guard';

/** Just enough of a Playwright page to emit its events, as Playwright would. */
function fakePage() {
  const page = new EventEmitter();
  const emit = {
    console: (type: string, text: string, url = '') => page.emit('console', { type: () => type, text: () => text, location: () => ({ url }) }),
    request: (url: string) => page.emit('request', { url: () => url }),
    finished: (url: string) => page.emit('requestfinished', { url: () => url }),
    response: (url: string, status: number) => page.emit('response', { url: () => url, status: () => status }),
    error: (message: string) => page.emit('pageerror', new Error(message)),
  };
  return { page: page as unknown as Page, emit };
}

describe('PageGuard', () => {
  it("lets the app's own requests, data: URLs and info messages through", () => {
    const { page, emit } = fakePage();
    const guard = new PageGuard('http://127.0.0.1:4173/').watch(page);
    emit.request('http://127.0.0.1:4173/assets/app.js');
    emit.request('data:font/woff2;base64,AAAA');
    emit.response('http://127.0.0.1:4173/launch/abc', 303);
    emit.console('info', 'hello');
    expect(() => guard.expectClean()).not.toThrow();
  });

  it('fails on a request outside the origin, an HTTP error, a console error or warning, and a page error', () => {
    const { page, emit } = fakePage();
    const guard = new PageGuard('http://127.0.0.1:4173/').watch(page);
    emit.request('http://127.0.0.1:4174/elsewhere');
    emit.request('https://example.org/');
    emit.response('http://127.0.0.1:4173/api/x', 403);
    emit.console('error', 'Failed to load resource', 'http://127.0.0.1:4173/font.woff2');
    emit.console('warning', 'deprecated');
    emit.error('boom');
    expect(guard.problems).toHaveLength(6);
    expect(() => guard.expectClean()).toThrow(/example\.org/);
  });

  it('accepts a deliberate probe only if it is refused', () => {
    const { page, emit } = fakePage();
    const guard = new PageGuard('app://kiosk/').watch(page);
    guard.expectRefused('https://example.org/');
    emit.request('https://example.org/');
    emit.console('error', "Refused to connect to 'https://example.org/' because it violates the CSP");
    expect(guard.problems).toEqual([]);
    emit.finished('https://example.org/');
    expect(guard.problems).toEqual(['request outside the app was not refused: https://example.org/']);
  });
});
