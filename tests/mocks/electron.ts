/**
 * A stand-in for the parts of Electron that electron/main wires, so the wiring can be tested
 * without an Electron binary: each fake records the handlers it was given, and tests call them
 * the way Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: 'app://kiosk/index.html' };
  windowOpenHandler: Handler | undefined;
  navigationHistory = { clear: vi.fn() };
  calls: string[] = [];
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  loadURL = vi.fn(async (url: string) => void this.calls.push(`loadURL ${url}`));
  forcefullyCrashRenderer = vi.fn();
  closeDevTools = vi.fn();
  setVisualZoomLevelLimits = vi.fn(async () => undefined);
}

export class FakeSession extends EventEmitter {
  beforeRequest: Handler | undefined;
  permissionRequest: Handler | undefined;
  permissionCheck: Handler | undefined;
  devicePermission: Handler | undefined;
  displayMedia: Handler | undefined;
  protocolHandlers = new Map<string, Handler>();
  calls: string[] = [];
  webRequest = { onBeforeRequest: (handler: Handler) => (this.beforeRequest = handler) };
  protocol = { handle: (scheme: string, handler: Handler) => this.protocolHandlers.set(scheme, handler) };
  setPermissionRequestHandler(handler: Handler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Handler): void {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler: Handler): void {
    this.displayMedia = handler;
  }
  setSpellCheckerEnabled = vi.fn();
  clearStorageData = vi.fn(async () => void this.calls.push('clearStorageData'));
  clearCache = vi.fn(async () => void this.calls.push('clearCache'));
  clearAuthCache = vi.fn(async () => void this.calls.push('clearAuthCache'));
  flushStorageData = vi.fn(() => void this.calls.push('flushStorageData'));
}

export class FakeBrowserWindow extends EventEmitter {
  static last: FakeBrowserWindow | undefined;
  webContents = new FakeWebContents();
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.last = this;
  }
  isDestroyed = () => false;
  show = vi.fn();
  focus = vi.fn();
}

class FakeApp extends EventEmitter {
  /** As in `npm start` from a checkout: nothing in the kiosk may depend on being packaged. */
  isPackaged = false;
  relaunch = vi.fn();
  exit = vi.fn();
  quit = vi.fn();
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = { handlers: new Map<string, Handler>(), handle: vi.fn((channel: string, handler: Handler) => ipcMain.handlers.set(channel, handler)) };
export const protocol = { registerSchemesAsPrivileged: vi.fn() };
export const powerSaveBlocker = { start: vi.fn((_type: string) => 7), isStarted: vi.fn((_id: number) => true) };
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((name: string, api: unknown) => contextBridge.exposed.set(name, api)),
};
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: {} })) };
export default { app, BrowserWindow, ipcMain, protocol, powerSaveBlocker, contextBridge, ipcRenderer };
