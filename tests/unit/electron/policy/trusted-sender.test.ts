import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/policy/trusted-sender';

describe('isTrustedSender', () => {
  it("trusts the kiosk window's main frame on an app:// page", () => {
    expect(isTrustedSender({ frameUrl: 'app://kiosk/index.html', isKioskMainFrame: true })).toBe(true);
  });

  it('refuses a sub-frame, even on an app:// page', () => {
    expect(isTrustedSender({ frameUrl: 'app://kiosk/index.html', isKioskMainFrame: false })).toBe(false);
  });

  it('refuses the main frame once it shows anything else', () => {
    expect(isTrustedSender({ frameUrl: 'https://evil.example/', isKioskMainFrame: true })).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/x.html', isKioskMainFrame: true })).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender({ frameUrl: undefined, isKioskMainFrame: true })).toBe(false);
  });
});
