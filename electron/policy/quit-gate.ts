/**
 * Who may end the kiosk. A visitor's close attempt (Alt+F4, a window manager's close button, a
 * close that a bug triggers) is refused; the app quits only when staff ask for it (staff mode's
 * "Quit the kiosk") or when the operating system ends it (SIGTERM from systemd, a logout or
 * shutdown, Windows' session end, or `app.quit()` that Electron itself starts for the OS).
 */
export type QuitReason = 'staff' | 'os-signal' | 'session-end' | 'app-quit';

export class QuitGate {
  private reason: QuitReason | undefined;

  /** Opens the gate for good: once a quit is under way, every window may close. */
  allow(reason: QuitReason): void {
    this.reason ??= reason;
  }

  get quitting(): boolean {
    return this.reason !== undefined;
  }

  get quitReason(): QuitReason | undefined {
    return this.reason;
  }

  /** A window's `close`: refused (preventDefault) unless a quit is under way. */
  mayCloseWindow(): boolean {
    return this.quitting;
  }

  /**
   * Every window is gone but nobody asked to quit (a crash closed the last one): come back rather
   * than leave an empty desktop. When quitting, quit.
   */
  afterLastWindowClosed(): 'quit' | 'relaunch' {
    return this.quitting ? 'quit' : 'relaunch';
  }
}
