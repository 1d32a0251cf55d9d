/**
 * Everything the visitor's session holds, in memory only. Ending the session never edits this
 * state back to "empty": the host wipes the page and loads it fresh, so nothing can be missed.
 */
import { DEFAULT_CONFIG, type KioskConfig } from '../../electron/shared/kiosk-config';
import { host, type SessionEndReason } from '../host';
import { setLanguage } from '../i18n/i18n.svelte';
import { stopSpeech } from '../speech/speech-state.svelte';

export type Screen =
  | { name: 'welcome' }
  | { name: 'home' }
  | { name: 'topic'; topicId: string }
  /** The slip preview for these contacts; `back` is where "Back" returns to. */
  | { name: 'print'; contactIds: string[]; localContactIds: string[]; back: Screen }
  /** Staff: the PIN pad, then staff screens (nb or en), the side-by-side walkthrough, first-run setup. */
  | { name: 'staff-pin' }
  | { name: 'staff'; page: 'home' | 'settings' | 'health' | 'counters' | 'content' | 'about' }
  | { name: 'walkthrough' }
  | { name: 'setup' };

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

class VisitorSession {
  screen = $state<Screen>({ name: 'welcome' });
  textScaleIndex = $state(0);
  /** True from the first touch: only then is there anything to time out or wipe. */
  touched = $state(false);
  /**
   * The side-by-side conversation, kept here (in memory only) so the print screen can come back
   * to its results. Like everything in the session, it is gone when the session ends.
   */
  walkthrough = $state<{ visitor: string | undefined; step: number; answers: Record<string, string> }>({ visitor: undefined, step: -1, answers: {} });
  /** Whether this session was counted yet (the counters themselves live in the host, if on). */
  counted = false;
  /** Set the moment a wipe starts, so the screen goes neutral before the reload lands. */
  ending = $state(false);
  config = $state<KioskConfig>({ ...DEFAULT_CONFIG });
  /** Which host runs the page (Electron prints itself; under the WebHost the browser prints). */
  host = $state<'electron' | 'web'>('web');
  /** First run: no staff PIN yet, so the setup wizard shows instead of the visitor screens. */
  setupNeeded = $state(false);
  /** The staff PIN could not be read (see README: recovering the staff PIN). */
  pinDamaged = $state(false);
  /** Why the host could not give its settings, if it could not (shown to staff, not visitors). */
  setupProblem = $state<string | undefined>(undefined);

  get textScale(): number {
    return TEXT_SCALES[this.textScaleIndex] ?? 1;
  }
}

export const session = new VisitorSession();

/** Screens that need staff mode; leaving them for a visitor screen locks it. */
const STAFF_SCREENS = new Set(['staff', 'staff-pin', 'setup', 'walkthrough']);

export function goTo(screen: Screen): void {
  if (STAFF_SCREENS.has(session.screen.name) && (screen.name === 'welcome' || screen.name === 'home')) void host.call('staff:lock', {});
  session.screen = screen;
  if (screen.name === 'topic') void host.call('counters:record', { event: 'topic', value: screen.topicId });
}

export async function chooseLanguage(code: string): Promise<void> {
  await setLanguage(code);
  // The office's optional counters: one session per first language choice, and the language.
  if (!session.counted) void host.call('counters:record', { event: 'session' });
  session.counted = true;
  void host.call('counters:record', { event: 'language', value: code });
  goTo({ name: 'home' });
}

export async function endSession(reason: SessionEndReason): Promise<void> {
  if (session.ending) return;
  session.ending = true;
  stopSpeech();
  await host.restart(reason);
}
