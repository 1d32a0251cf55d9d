/**
 * Everything the visitor's session holds, in memory only. Ending the session never edits this
 * state back to "empty": the host wipes the page and loads it fresh, so nothing can be missed.
 */
import { DEFAULT_CONFIG, type KioskConfig } from '../../electron/shared/kiosk-config';
import { host, type SessionEndReason } from '../host';
import { setLanguage } from '../i18n/i18n.svelte';

export type Screen =
  | { name: 'welcome' }
  | { name: 'home' }
  | { name: 'topic'; topicId: string }
  /** The slip preview for these contacts; `back` is where "Back" returns to. */
  | { name: 'print'; contactIds: string[]; localContactIds: string[]; back: Screen };

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

class VisitorSession {
  screen = $state<Screen>({ name: 'welcome' });
  textScaleIndex = $state(0);
  /** True from the first touch: only then is there anything to time out or wipe. */
  touched = $state(false);
  /** Set the moment a wipe starts, so the screen goes neutral before the reload lands. */
  ending = $state(false);
  config = $state<KioskConfig>({ ...DEFAULT_CONFIG });
  /** Why the host could not give its settings, if it could not (shown to staff, not visitors). */
  setupProblem = $state<string | undefined>(undefined);

  get textScale(): number {
    return TEXT_SCALES[this.textScaleIndex] ?? 1;
  }
}

export const session = new VisitorSession();

export function goTo(screen: Screen): void {
  session.screen = screen;
}

export function chooseLanguage(code: string): void {
  setLanguage(code);
  goTo({ name: 'home' });
}

export async function endSession(reason: SessionEndReason): Promise<void> {
  if (session.ending) return;
  session.ending = true;
  await host.restart(reason);
}
