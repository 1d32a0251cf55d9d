/**
 * Chromium enterprise policies for the fallback kiosk, and how the launcher puts them in force.
 *
 * Chromium on Linux reads policies only from a folder compiled into it (/etc/chromium/policies for
 * Debian's Chromium, /etc/opt/chrome/policies for Google Chrome); Debian's build ignores the
 * `--policy` switch (measured: chrome://policy shows nothing set). Writing into /etc would change
 * every Chromium on the machine, so the launcher instead starts Chromium in a private mount
 * namespace (`unshare --mount`, which needs root) where its own folder is bound over that path:
 * the policies apply to the kiosk's Chromium only, and /etc is left as it was. Without root (or
 * `unshare`, or on Windows and macOS) no policies are in force, and the launcher says so.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The policies, for a kiosk served at `origin` (e.g. http://127.0.0.1:4173). */
export function kioskPolicies(origin: string): Record<string, unknown> {
  return {
    // No DevTools, no other page, no download, no file chooser: the ways out of a browser kiosk.
    DeveloperToolsAvailability: 2,
    URLBlocklist: ['*'],
    URLAllowlist: [origin],
    // URLBlocklist does not cover the new-tab page, and Alt+Home opens it (measured): home and
    // new tab are the kiosk itself.
    HomepageLocation: `${origin}/`,
    HomepageIsNewTabPage: false,
    NewTabPageLocation: `${origin}/`,
    ShowHomeButton: false,
    DownloadRestrictions: 3,
    AllowFileSelectionDialogs: false,
    ExtensionInstallBlocklist: ['*'],
    TaskManagerEndProcessEnabled: false,
    // No incognito window: forced incognito let Ctrl+Shift+N open a second, non-kiosk window
    // (measured). The profile is a throw-away folder deleted when the browser exits, and every
    // reset loads a reply carrying Clear-Site-Data, so incognito added nothing.
    IncognitoModeAvailability: 1,
    SavingBrowserHistoryDisabled: true,
    BrowserGuestModeEnabled: false,
    BrowserAddPersonEnabled: false,
    // Nothing pops up over the page: no translate bubble, password or address prompts, sign-in,
    // notifications, permission prompts, warnings about command-line flags.
    TranslateEnabled: false,
    PasswordManagerEnabled: false,
    PasswordLeakDetectionEnabled: false,
    AutofillAddressEnabled: false,
    AutofillCreditCardEnabled: false,
    BrowserSignin: 0,
    SyncDisabled: true,
    DefaultBrowserSettingEnabled: false,
    CommandLineFlagSecurityWarningsEnabled: false,
    PromotionsEnabled: false,
    PrivacySandboxPromptEnabled: false,
    SpellcheckEnabled: false,
    EditBookmarksEnabled: false,
    BookmarkBarEnabled: false,
    AllowDinosaurEasterEgg: false,
    // The page asks for nothing; any request is refused without a prompt.
    DefaultPopupsSetting: 2,
    DefaultNotificationsSetting: 2,
    DefaultGeolocationSetting: 2,
    DefaultClipboardSetting: 2,
    DefaultSensorsSetting: 2,
    DefaultSerialGuardSetting: 2,
    DefaultWebUsbGuardSetting: 2,
    DefaultWebHidGuardSetting: 2,
    DefaultWebBluetoothGuardSetting: 2,
    DefaultFileSystemReadGuardSetting: 2,
    DefaultFileSystemWriteGuardSetting: 2,
    AudioCaptureAllowed: false,
    VideoCaptureAllowed: false,
    ScreenCaptureAllowed: false,
    // Slips print silently (--kiosk-printing) without a header or footer.
    PrintingEnabled: true,
    PrintHeaderFooter: false,
    // No traffic of its own: the kiosk is offline.
    MetricsReportingEnabled: false,
    SafeBrowsingProtectionLevel: 0,
    SearchSuggestEnabled: false,
    DefaultSearchProviderEnabled: false,
    NetworkPredictionOptions: 2,
    AlternateErrorPagesEnabled: false,
    ComponentUpdatesEnabled: false,
    BackgroundModeEnabled: false,
  };
}

/** The folder that holds `policies/managed` for this browser, which the namespace hides. */
export function policyRootFor(chromium: string): string {
  return /chrome/i.test(path.basename(chromium)) && !/chromium/i.test(chromium) ? '/etc/opt/chrome' : '/etc/chromium';
}

export type PolicyDelivery =
  | { kind: 'mount-namespace'; policyRoot: string }
  | { kind: 'none'; reason: string };

export function choosePolicyDelivery(facts: {
  platform: string;
  isRoot: boolean;
  unshare: string | null;
  /** `unshare --mount` works here (a container may forbid it even to root). */
  mountNamespaceWorks: boolean;
  policyRootExists: boolean;
  chromium: string;
}): PolicyDelivery {
  if (facts.platform !== 'linux') return { kind: 'none', reason: `policies are set by an administrator on ${facts.platform} (see docs/deploy.md)` };
  if (!facts.isRoot) return { kind: 'none', reason: 'putting policies in force needs root (a private mount namespace); run as root or install them in /etc as an administrator' };
  if (!facts.unshare) return { kind: 'none', reason: 'unshare (util-linux) was not found' };
  if (!facts.mountNamespaceWorks) return { kind: 'none', reason: 'this system does not allow a private mount namespace (unshare --mount failed)' };
  if (!facts.policyRootExists) return { kind: 'none', reason: `${policyRootFor(facts.chromium)} does not exist` };
  return { kind: 'mount-namespace', policyRoot: policyRootFor(facts.chromium) };
}

/**
 * The folder bound over the policy root: a copy of what is there (Debian keeps
 * master_preferences in /etc/chromium) with `policies/` replaced by the kiosk's own.
 */
export function writePolicyRoot(folder: string, currentRoot: string, policies: Record<string, unknown>): void {
  if (fs.existsSync(currentRoot)) {
    fs.cpSync(currentRoot, folder, { recursive: true, filter: (source) => path.relative(currentRoot, source).split(path.sep)[0] !== 'policies' });
  }
  const managed = path.join(folder, 'policies', 'managed');
  fs.mkdirSync(managed, { recursive: true });
  fs.writeFileSync(path.join(managed, 'hjelpepunkt.json'), `${JSON.stringify(policies, null, 2)}\n`);
  // Chromium reads policy files it could not have been handed by anyone but root.
  fs.chmodSync(folder, 0o755);
}

/** Whether `unshare --mount` can make a private mount namespace here. */
export function mountNamespaceWorks(unshare: string): boolean {
  return spawnSync(unshare, ['--mount', '--propagation', 'private', '--', 'true'], { stdio: 'ignore', timeout: 5000 }).status === 0;
}

/** `command args…` run with `folder` bound over `policyRoot`, in a mount namespace of its own. */
export function inPolicyNamespace(unshare: string, folder: string, policyRoot: string, command: string, args: string[]): { command: string; args: string[] } {
  return {
    command: unshare,
    args: ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', 'mount --bind "$1" "$2" && shift 2 && exec "$@"', 'hjelpepunkt-policies', folder, policyRoot, command, ...args],
  };
}
