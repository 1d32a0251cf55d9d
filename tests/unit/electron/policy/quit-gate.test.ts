import { describe, expect, it } from 'vitest';
import { QuitGate } from '../../../../electron/policy/quit-gate';

describe('QuitGate', () => {
  it("refuses a visitor's close and brings the kiosk back if its last window goes anyway", () => {
    const gate = new QuitGate();
    expect(gate.mayCloseWindow()).toBe(false);
    expect(gate.afterLastWindowClosed()).toBe('relaunch');
  });

  it.each(['staff', 'os-signal', 'session-end', 'app-quit'] as const)('lets the kiosk close and quit once %s asked for it', (reason) => {
    const gate = new QuitGate();
    gate.allow(reason);
    expect(gate.mayCloseWindow()).toBe(true);
    expect(gate.afterLastWindowClosed()).toBe('quit');
    expect(gate.quitReason).toBe(reason);
  });

  it('remembers the first reason', () => {
    const gate = new QuitGate();
    gate.allow('staff');
    gate.allow('app-quit');
    expect(gate.quitReason).toBe('staff');
  });
});
