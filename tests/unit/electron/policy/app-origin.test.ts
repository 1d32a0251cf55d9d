import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, isAppUrl, START_URL } from '../../../../electron/policy/app-origin';

describe('isAppUrl', () => {
  it('accepts the kiosk bundle', () => {
    expect(isAppUrl(START_URL)).toBe(true);
    expect(isAppUrl('app://kiosk/assets/index.js')).toBe(true);
  });

  it.each([
    'https://example.org/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://kiosk.evil/',
    'app://evil/kiosk',
    'app://kiosk@evil/',
    'app://user:pass@kiosk/',
    'app://kiosk:8080/',
    'javascript:alert(1)',
    'tel:112',
    'mailto:a@b.no',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});
