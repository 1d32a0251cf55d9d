import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { app, FakeSession, FakeWebContents } = await import('../../../mocks/electron');
const { setupContentsLockdown, setupSessionLockdown } = await import('../../../../electron/main/lockdown');
const { createMemoryLogger } = await import('../../../../electron/services/log');

describe('setupSessionLockdown', () => {
  const session = new FakeSession();
  beforeAll(() => setupSessionLockdown(session as never, createMemoryLogger()));

  it("cancels every request that is not the app's own", () => {
    const decide = (url: string) => {
      const respond = vi.fn();
      session.beforeRequest?.({ url, resourceType: 'xhr' } as never, respond as never);
      return respond.mock.calls[0]?.[0];
    };
    expect(decide('app://kiosk/assets/index.js')).toEqual({ cancel: false });
    expect(decide('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:9222/json')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fileSystem']) {
      const callback = vi.fn();
      session.permissionRequest?.({} as never, permission as never, callback as never);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheck?.()).toBe(false);
    expect(session.devicePermission?.()).toBe(false);
    const streams = vi.fn();
    session.displayMedia?.({} as never, streams as never);
    expect(streams).toHaveBeenCalledWith(null);
  });

  it('refuses downloads and turns the spell checker (a network fetcher) off', () => {
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});

describe('setupContentsLockdown', () => {
  const contents = new FakeWebContents();
  beforeAll(() => {
    setupContentsLockdown(createMemoryLogger(), () => false, false);
    app.emit('web-contents-created', {}, contents);
  });

  const prevented = (eventName: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    contents.emit(eventName, event);
    return event.preventDefault.mock.calls.length > 0;
  };

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays inside the app', (eventName) => {
    expect(prevented(eventName, 'https://evil.example/')).toBe(true);
    expect(prevented(eventName, 'file:///etc/passwd')).toBe(true);
    expect(prevented(eventName, 'tel:112')).toBe(true);
    expect(prevented(eventName, 'app://kiosk/index.html')).toBe(false);
  });

  it('refuses new windows and webviews', () => {
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('swallows shortcut keys before menus see them, and lets navigation keys through', () => {
    const press = (key: string, control = false) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('before-input-event', event, { type: 'keyDown', key, control, alt: false, meta: false, shift: false });
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(press('r', true)).toBe(true);
    expect(press('F12')).toBe(true);
    expect(press('Tab')).toBe(false);
    expect(press('Enter')).toBe(false);
  });

  it("never lets a page's beforeunload block a wipe, and pins the zoom", () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-prevent-unload', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });

  it('closes DevTools outside developer mode, packaged or not', () => {
    expect(app.isPackaged).toBe(false);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalled();
  });
});

describe('setupContentsLockdown in developer mode', () => {
  it('leaves DevTools open when a developer asked for them on purpose', () => {
    app.removeAllListeners('web-contents-created');
    setupContentsLockdown(createMemoryLogger(), () => false, true);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).not.toHaveBeenCalled();
  });
});
