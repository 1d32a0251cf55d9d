/**
 * Keeps the fallback's Chromium on screen: when it exits without being asked to (Alt+F4, Ctrl+W,
 * a crash), it starts again with a fresh profile. If it keeps dying, the supervisor gives up
 * rather than flicker forever, and the launcher exits with an error for the OS to see. The host
 * can also ask for a fresh browser (a page frozen in a print call, an idle reset): that is not
 * counted as a crash.
 */
import { CrashBudget } from '../services/crash-budget';

export type SupervisedRun = {
  /** Resolves when this browser process has exited. */
  exited: Promise<void>;
  /**
   * Ends the process: `ask` lets it close (it may take seconds, and is forced after a while);
   * `at-once` does not wait (a browser frozen in a print call would not answer).
   */
  kill(how: 'ask' | 'at-once'): void;
  /** Removes what this run left (its throw-away profile); called after it exited. */
  cleanUp(): void;
};

export type SupervisorEvents = {
  /** `asked`: the host asked for this fresh browser (and says why itself); otherwise it had closed. */
  restarted: (count: number, asked: boolean) => void;
  cleanUpFailed?: (error: Error) => void;
  gaveUp: () => void;
  stopped: () => void;
};

export class BrowserSupervisor {
  private current: SupervisedRun | undefined;
  private stopping = false;
  private restartAsked = false;
  private restarts = 0;
  private readonly budget: CrashBudget;

  constructor(
    private readonly start: () => SupervisedRun,
    private readonly events: SupervisorEvents,
    limits = { maxCrashes: 5, withinMs: 60_000 },
    private readonly now: () => number = Date.now,
  ) {
    this.budget = new CrashBudget(limits);
  }

  run(): void {
    const run = this.start();
    this.current = run;
    void run.exited.then(() => {
      try {
        run.cleanUp();
      } catch (error) {
        // A profile that could not be removed must not keep the kiosk from reopening (or from stopping).
        this.events.cleanUpFailed?.(error as Error);
      }
      if (this.stopping) {
        this.events.stopped();
      } else if (!this.restartAsked && this.budget.recordAndCheckExceeded(this.now())) {
        this.events.gaveUp();
      } else {
        const asked = this.restartAsked;
        this.restartAsked = false;
        this.restarts += 1;
        this.events.restarted(this.restarts, asked);
        this.run();
      }
    });
  }

  /**
   * Ends the browser at once (a frozen one would not answer) and opens it again, on a fresh
   * profile; not counted as a crash.
   * Its profile is thrown away anyway, so nothing is lost by not letting it close.
   */
  restart(): void {
    if (this.stopping || !this.current) return;
    this.restartAsked = true;
    this.current.kill('at-once');
  }

  /** Ends the browser for good (staff quit, Ctrl+C, SIGTERM); `stopped` follows once it exited. */
  stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    this.current?.kill('ask');
  }
}
