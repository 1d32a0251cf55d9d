import { describe, expect, it } from 'vitest';
import { debugSwitchDecision, debugSwitchesIn, isDeveloperMode } from '../../../../electron/policy/developer-mode';

describe('isDeveloperMode', () => {
  it('is on only when asked for: HJELPEPUNKT_DEVELOPER=1 or --developer', () => {
    expect(isDeveloperMode({}, ['electron', '.'])).toBe(false);
    expect(isDeveloperMode({ HJELPEPUNKT_DEVELOPER: '1' }, [])).toBe(true);
    expect(isDeveloperMode({ HJELPEPUNKT_DEVELOPER: 'yes' }, [])).toBe(false);
    expect(isDeveloperMode({}, ['electron', '.', '--developer'])).toBe(true);
  });
});

describe('debugSwitchesIn', () => {
  it('finds remote debugging, inspectors and V8 flags, with or without values', () => {
    const argv = ['/opt/Hjelpepunkt/hjelpepunkt', '--remote-debugging-port=9222', '--inspect', '--inspect-brk=0', '--js-flags=--allow-natives-syntax', '--remote-debugging-pipe'];
    expect(debugSwitchesIn(argv, {}).sort()).toEqual(['--inspect', '--inspect-brk', '--js-flags', '--remote-debugging-pipe', '--remote-debugging-port']);
  });

  it('finds them in NODE_OPTIONS too, and code loaded through it', () => {
    expect(debugSwitchesIn([], { NODE_OPTIONS: '--inspect=9229' })).toEqual(['--inspect']);
    expect(debugSwitchesIn([], { NODE_OPTIONS: '--require /tmp/x.js' })).toEqual(['NODE_OPTIONS']);
    expect(debugSwitchesIn([], { NODE_OPTIONS: '--max-old-space-size=512' })).toEqual([]);
  });

  it('ignores ordinary switches and look-alikes', () => {
    expect(debugSwitchesIn(['app', '--no-sandbox', '--lang=nb', '--inspector-ui', 'inspect'], {})).toEqual([]);
  });
});

describe('debugSwitchDecision', () => {
  it('refuses a kiosk started with a debugging switch, unless in developer mode', () => {
    expect(debugSwitchDecision(['app', '--remote-debugging-port=9222'], {})).toEqual({ refuse: true, switches: ['--remote-debugging-port'] });
    expect(debugSwitchDecision(['app', '--remote-debugging-port=9222'], { HJELPEPUNKT_DEVELOPER: '1' })).toEqual({ refuse: false });
    expect(debugSwitchDecision(['app', '--inspect', '--developer'], {})).toEqual({ refuse: false });
    expect(debugSwitchDecision(['app'], {})).toEqual({ refuse: false });
  });
});
