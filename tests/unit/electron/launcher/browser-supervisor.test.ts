import { describe, expect, it, vi } from 'vitest';
import { BrowserSupervisor, type SupervisedRun } from '../../../../electron/launcher/browser-supervisor';

/** A browser run that the test ends by calling `exit`. */
function fakeRuns() {
  const runs: (SupervisedRun & { exit(): void; cleanUp: ReturnType<typeof vi.fn>; kill: ReturnType<typeof vi.fn> })[] = [];
  const start = (): SupervisedRun => {
    let exit = (): void => undefined;
    const exited = new Promise<void>((resolve) => (exit = resolve));
    const run = { exited, exit: () => exit(), kill: vi.fn((_how: 'ask' | 'at-once') => exit()), cleanUp: vi.fn() };
    runs.push(run);
    return run;
  };
  return { runs, start };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('BrowserSupervisor', () => {
  it('opens the browser again when a visitor closes it, each time with its old profile removed', async () => {
    const { runs, start } = fakeRuns();
    const events = { restarted: vi.fn(), gaveUp: vi.fn(), stopped: vi.fn() };
    new BrowserSupervisor(start, events).run();
    runs[0]?.exit();
    await settle();
    expect(runs).toHaveLength(2);
    expect(runs[0]?.cleanUp).toHaveBeenCalled();
    expect(events.restarted).toHaveBeenCalledWith(1, false);
  });

  it('opens a fresh browser when the host asks (a page frozen in a print call), and never counts that as a crash', async () => {
    const { runs, start } = fakeRuns();
    const events = { restarted: vi.fn(), gaveUp: vi.fn(), stopped: vi.fn() };
    const supervisor = new BrowserSupervisor(start, events, { maxCrashes: 2, withinMs: 60_000 }, () => 0);
    supervisor.run();
    for (let restart = 1; restart <= 5; restart += 1) {
      supervisor.restart();
      await settle();
      expect(runs[restart - 1]?.kill).toHaveBeenCalledWith('at-once');
      expect(runs[restart - 1]?.cleanUp).toHaveBeenCalled();
    }
    expect(runs).toHaveLength(6);
    // Asked for, so the launcher does not log it as a browser that closed.
    expect(events.restarted.mock.calls).toEqual([1, 2, 3, 4, 5].map((count) => [count, true]));
    expect(events.gaveUp).not.toHaveBeenCalled();
    // Crashes are still counted: more than two in the same minute and it gives up.
    for (const crashed of [5, 6, 7]) {
      expect(events.gaveUp).not.toHaveBeenCalled();
      runs[crashed]?.exit();
      await settle();
    }
    expect(events.gaveUp).toHaveBeenCalled();
  });

  it('reopens the browser even when the old profile could not be removed, and says so', async () => {
    const { runs, start } = fakeRuns();
    const events = { restarted: vi.fn(), gaveUp: vi.fn(), stopped: vi.fn(), cleanUpFailed: vi.fn() };
    new BrowserSupervisor(start, events).run();
    runs[0]?.cleanUp.mockImplementation(() => {
      throw new Error('ENOTEMPTY');
    });
    runs[0]?.exit();
    await settle();
    expect(events.cleanUpFailed).toHaveBeenCalledWith(expect.objectContaining({ message: 'ENOTEMPTY' }));
    expect(runs).toHaveLength(2);
  });

  it('stops for good when asked (staff quit, Ctrl+C), without reopening', async () => {
    const { runs, start } = fakeRuns();
    const events = { restarted: vi.fn(), gaveUp: vi.fn(), stopped: vi.fn() };
    const supervisor = new BrowserSupervisor(start, events);
    supervisor.run();
    supervisor.stop();
    await settle();
    expect(runs[0]?.kill).toHaveBeenCalledWith('ask');
    expect(runs).toHaveLength(1);
    expect(events.stopped).toHaveBeenCalled();
    expect(runs[0]?.cleanUp).toHaveBeenCalled();
  });

  it('gives up when the browser keeps dying', async () => {
    const { runs, start } = fakeRuns();
    const events = { restarted: vi.fn(), gaveUp: vi.fn(), stopped: vi.fn() };
    new BrowserSupervisor(start, events, { maxCrashes: 2, withinMs: 60_000 }, () => 1000).run();
    for (let i = 0; i < 3; i += 1) {
      runs.at(-1)?.exit();
      await settle();
    }
    expect(events.gaveUp).toHaveBeenCalledTimes(1);
    expect(runs).toHaveLength(3);
  });
});
