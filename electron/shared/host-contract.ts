/**
 * The one seam between the UI and whatever hosts it (Electron's main process, or the WebHost
 * server). Every call is `domain:verb` with a request schema and a response schema; the side that
 * receives data validates it with these schemas, so neither side trusts the other's types.
 *
 * Adding a call: add it here, implement it in electron/services/host-handlers.ts, call it from the
 * renderer through renderer/host. Preload and both gateways pick it up from this table.
 */
import * as v from 'valibot';
import { KioskConfigSchema } from './kiosk-config';
import { COUNTER_EVENT_NAMES, SMALLEST_SHOWN_COUNT } from './counter-events';
import { ContactSchema, LanguageCodeSchema, LanguageSchema, ReferenceSchema, TopicSchema, WalkthroughSchema } from './content-schema';
import { RecordingKeySchema } from './recordings';
import { SlipRequestSchema } from './slip-request';

const NoPayload = v.optional(v.strictObject({}));

/** The page's screens, by name only (renderer/state/session.svelte.ts): a screen fault names one. */
export const SCREEN_NAMES = ['welcome', 'home', 'topic', 'print', 'staff-pin', 'staff', 'walkthrough', 'setup'] as const;

const PRINTER_STATES = ['ready', 'missing', 'stopped', 'offline', 'out-of-paper', 'not-accepting', 'error'] as const;

/** How a print went. `page-prints`: the host cannot print itself; the page prints, then confirms. */
export const PrintOutcomeSchema = v.variant('outcome', [
  v.strictObject({ outcome: v.literal('printed') }),
  v.strictObject({ outcome: v.literal('sent') }),
  v.strictObject({ outcome: v.literal('not-ready'), state: v.picklist(PRINTER_STATES) }),
  /** `cannot-confirm`: no print queue here can follow a slip, so the kiosk does not print. */
  v.strictObject({ outcome: v.literal('failed'), reason: v.picklist(['not-sent', 'no-job', 'timeout', 'cannot-confirm']) }),
  v.strictObject({ outcome: v.literal('page-prints'), token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
]);
export type PrintOutcome = v.InferOutput<typeof PrintOutcomeSchema>;

const WarningsSchema = v.array(v.strictObject({ field: v.string(), message: v.string() }));
/** A PIN as typed on the pad; checked against the stored hash (older PINs may have 4 digits). */
const TypedPinSchema = v.pipe(v.string(), v.maxLength(8));
/** A new PIN: 6 to 8 digits (see electron/services/staff/pin-store.ts). */
const NewPinSchema = v.pipe(v.string(), v.regex(/^\d{6,8}$/));

/** Which program shows the kiosk: the Electron shell, or the launcher's Chromium fallback, or any browser on the WebHost. */
export const KIOSK_HOSTS = ['electron', 'chromium-fallback', 'browser'] as const;

/**
 * What the running kiosk's own host cannot stop a visitor from doing, as far as it can tell.
 * `os-shortcuts`: Alt+Tab, Ctrl+Alt+F1…, the Windows key (no OS kiosk shell detected);
 * `close-window`: Alt+F4 or Ctrl+W close the browser (the launcher opens it again);
 * `devtools`, `file-dialogs`, `other-pages`, `downloads`: the browser's own tools (no policies in force);
 * `debugging`: the Electron binary is not the fused release build; `developer-mode`: DevTools are allowed on purpose.
 */
export const CANNOT_BLOCK = ['os-shortcuts', 'close-window', 'devtools', 'file-dialogs', 'other-pages', 'downloads', 'debugging', 'developer-mode'] as const;

/** What the kiosk can detect of its own lockdown (the health view also lists what it cannot detect). */
export const LockdownReportSchema = v.strictObject({
  host: v.picklist(KIOSK_HOSTS),
  /** Electron's app.isPackaged: an installed package, not a source checkout. */
  packaged: v.boolean(),
  /** The Electron binary's fuses: the release values, other values, unreadable, or no Electron. */
  fuses: v.picklist(['release', 'not-release', 'unknown', 'not-applicable']),
  developerMode: v.boolean(),
  /** Started by the OS kiosk kit's service (systemd unit or Windows Shell Launcher). */
  kioskService: v.boolean(),
  /** Chromium enterprise policies the launcher put in force for the fallback. */
  browserPolicies: v.picklist(['in-force', 'not-in-force', 'not-applicable']),
  /** CUPS: does the print system keep finished jobs or their files? */
  printRetention: v.picklist(['keeps-nothing', 'keeps-jobs', 'unknown']),
  cannotBlock: v.array(v.picklist(CANNOT_BLOCK)),
});
export type LockdownReport = v.InferOutput<typeof LockdownReportSchema>;

/** A content pack as staff see it (see electron/services/content/packs). */
export const PackInfoSchema = v.strictObject({
  version: v.number(),
  created: v.string(),
  keyId: v.string(),
  keyLabel: v.string(),
  origin: v.picklist(['built-in', 'imported']),
});
export type PackInfo = v.InferOutput<typeof PackInfoSchema>;

export const HealthReportSchema = v.strictObject({
  host: v.picklist(['electron', 'web']),
  version: v.string(),
  printer: v.strictObject({ state: v.picklist(PRINTER_STATES), printer: v.string() }),
  /** How slips are followed to the printer (and cancelled if stuck); `none`: the kiosk does not print. */
  printConfirmation: v.picklist(['cups', 'windows-spooler', 'none']),
  content: v.strictObject({
    /** The pack in use, and why it is not the one it should be, if a pack failed verification at start. */
    pack: PackInfoSchema,
    fault: v.optional(v.string()),
    contacts: v.number(),
    oldestVerified: v.string(),
    staleContacts: v.array(v.string()),
  }),
  fonts: v.strictObject({ families: v.array(v.string()), missingFiles: v.number() }),
  /**
   * Read-aloud: whether the engine's files are in the app, and per language its voice (from
   * languages.json; null where espeak-ng has none) and how many recordings the content carries.
   */
  speech: v.strictObject({
    engine: v.picklist(['installed', 'missing']),
    note: v.string(),
    languages: v.array(v.strictObject({ code: v.string(), name: v.string(), voice: v.nullable(v.string()), recordings: v.number() })),
  }),
  disk: v.strictObject({ freeMegabytes: v.nullable(v.number()) }),
  restarts: v.array(v.strictObject({ at: v.string(), reason: v.string() })),
  translations: v.array(v.strictObject({ code: v.string(), name: v.string(), status: v.string(), percent: v.number(), stale: v.number() })),
  /** The office's local numbers (child welfare emergency service, crisis centre) still empty. */
  localNumbers: v.strictObject({ missing: v.array(v.picklist(['childWelfareEmergencyPhone', 'crisisCentrePhone'])) }),
  config: v.strictObject({ source: v.picklist(['file', 'last-good-copy', 'defaults']), warnings: WarningsSchema }),
  pin: v.picklist(['set', 'unset', 'damaged']),
  lockdown: LockdownReportSchema,
});
export type HealthReport = v.InferOutput<typeof HealthReportSchema>;

/**
 * Counts as staff may see them: at least SMALLEST_SHOWN_COUNT, or only "too few" (a smaller count
 * could single out a visitor). Languages and topics with too few are left out. The gateway checks
 * replies against this, so a handler bug cannot hand the page a small count.
 */
const ShownCountSchema = v.union([v.pipe(v.number(), v.minValue(SMALLEST_SHOWN_COUNT)), v.literal('too-few')]);
const LargeCountsSchema = v.record(v.string(), v.pipe(v.number(), v.minValue(SMALLEST_SHOWN_COUNT)));
const DayCountsSchema = v.strictObject({ sessions: ShownCountSchema, slips: ShownCountSchema, languages: LargeCountsSchema, topics: LargeCountsSchema });


/** Why a pack was refused (the staff screen says it in plain words, staff.content.refused.<code>). */
export const PACK_REFUSAL_CODES = [
  'unreadable',
  'too-large',
  'not-a-pack',
  'unknown-key',
  'bad-signature',
  'missing-file',
  'extra-file',
  'altered-file',
  'needs-newer-app',
  'not-newer',
  'content-invalid',
] as const;

const PackOutcomeSchema = v.variant('outcome', [
  v.strictObject({ outcome: v.literal('installed'), version: v.number() }),
  v.strictObject({ outcome: v.literal('refused'), code: v.picklist(PACK_REFUSAL_CODES), detail: v.optional(v.string()) }),
]);

export const hostCalls = {
  /**
   * The content of the verified active pack that the page shows: languages (with the invitation
   * "Choose your language" in each), topics, contacts, references, the walkthrough. Messages come
   * per language (`content:messages`), only when a language is chosen.
   */
  'content:get': {
    request: NoPayload,
    response: v.strictObject({
      languages: v.array(LanguageSchema),
      invitations: v.record(LanguageCodeSchema, v.string()),
      topics: v.array(TopicSchema),
      contacts: v.array(ContactSchema),
      references: v.array(ReferenceSchema),
      walkthrough: WalkthroughSchema,
      pack: v.strictObject({ version: v.number(), created: v.string() }),
    }),
  },
  /** One language's messages, flattened (`topics.stay.title` → text), from the active pack. */
  'content:messages': {
    request: v.strictObject({ language: LanguageCodeSchema }),
    response: v.strictObject({ messages: v.record(v.pipe(v.string(), v.maxLength(200)), v.string()) }),
  },
  /** Staff: the pack in use, the one a rollback returns to, and any fault found at start. */
  'content:status': {
    request: NoPayload,
    response: v.strictObject({ active: PackInfoSchema, previous: v.optional(PackInfoSchema), fault: v.optional(v.string()) }),
  },
  /** Staff: content packs on removable drives and in the office's import folder, newest first. */
  'content:find': {
    request: NoPayload,
    response: v.strictObject({ packs: v.array(v.strictObject({ file: v.string(), version: v.number(), created: v.string(), newer: v.boolean() })) }),
  },
  /** Staff: verify and install one of the packs `content:find` offered. */
  'content:install': { request: v.strictObject({ file: v.pipe(v.string(), v.maxLength(1000)) }), response: PackOutcomeSchema },
  /** Staff, on purpose: back to the content before this one (again: forward). */
  'content:rollback': { request: NoPayload, response: PackOutcomeSchema },
  /** What the visitor-facing UI needs to start: the office's settings and which host runs it. */
  'kiosk:get-setup': {
    request: NoPayload,
    response: v.strictObject({
      config: KioskConfigSchema,
      host: v.picklist(['electron', 'web']),
      version: v.string(),
      /** First run: no staff PIN exists yet, so the kiosk shows the setup wizard, not visitors' screens. */
      setupNeeded: v.boolean(),
      staffPin: v.picklist(['set', 'unset', 'damaged']),
    }),
  },
  /**
   * The visitor's session is over (quick exit, idle timeout): the host forgets everything it holds
   * for this session. The page itself is wiped and reloaded by the host-specific `restart`.
   */
  'session:end': {
    request: v.strictObject({ reason: v.picklist(['quick-exit', 'idle', 'finished']) }),
    response: v.strictObject({}),
  },
  /**
   * A slip built by the host from the verified registry; the page gets its address, and which of
   * the chosen contacts a plain slip had to leave off (so the preview can say so).
   */
  'slip:preview': {
    request: SlipRequestSchema,
    response: v.strictObject({
      path: v.pipe(v.string(), v.regex(/^__slip\/[0-9a-f]{32}$/)),
      leftOff: v.array(v.pipe(v.string(), v.maxLength(60))),
    }),
  },
  /** The configured (or default) printer, and whether it can print now. */
  'print:status': {
    request: NoPayload,
    response: v.strictObject({ state: v.picklist(PRINTER_STATES), printer: v.string() }),
  },
  /** Prints the slip (Electron), or checks the printer and lets the page print it (WebHost). */
  'print:slip': {
    request: SlipRequestSchema,
    response: PrintOutcomeSchema,
  },
  /** After the page printed (WebHost): did the slip leave the printer queue? */
  'print:confirm': {
    request: v.strictObject({ token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
    response: PrintOutcomeSchema,
  },
  /** Staff mode: the PIN opens it; wrong PINs slow down. */
  'staff:unlock': {
    request: v.strictObject({ pin: TypedPinSchema }),
    response: v.strictObject({ unlocked: v.boolean(), retryAfterSeconds: v.number() }),
  },
  'staff:lock': { request: NoPayload, response: v.strictObject({}) },
  /**
   * Staff only: a new PIN (stored as a salted scrypt hash), given the current one. A wrong current
   * PIN counts as a failed try, with the same slow-down as unlocking.
   */
  'staff:change-pin': {
    request: v.strictObject({ currentPin: TypedPinSchema, pin: NewPinSchema }),
    response: v.strictObject({ changed: v.boolean(), retryAfterSeconds: v.number() }),
  },
  /** First run only (no PIN yet): sets the PIN, which ends setup. */
  'setup:complete': { request: v.strictObject({ pin: NewPinSchema }), response: v.strictObject({}) },
  /** Staff (or first-run setup): the settings as stored, with any warnings about them. */
  'config:read': {
    request: NoPayload,
    response: v.strictObject({ config: KioskConfigSchema, warnings: WarningsSchema, source: v.picklist(['file', 'last-good-copy', 'defaults']) }),
  },
  'config:save': { request: v.strictObject({ config: KioskConfigSchema }), response: v.strictObject({ config: KioskConfigSchema }) },
  'print:printers': {
    request: NoPayload,
    response: v.strictObject({ printers: v.array(v.strictObject({ name: v.string(), isDefault: v.boolean(), state: v.picklist(PRINTER_STATES) })) }),
  },
  'health:get': { request: NoPayload, response: HealthReportSchema },
  /**
   * A screen threw and the visitor was shown "Get help now" instead: the health view lists it with
   * the restarts. Only the screen's name crosses, never what was on it.
   */
  'kiosk:screen-fault': { request: v.strictObject({ screen: v.picklist(SCREEN_NAMES) }), response: v.strictObject({}) },
  /** Staff only: ends the kiosk program (the OS kit's service starts it again at the next boot or restart). */
  'kiosk:quit': { request: NoPayload, response: v.strictObject({}) },
  /** Which message keys have a recording in a language (the page never probes for files). */
  'audio:recordings': {
    request: v.strictObject({ language: LanguageCodeSchema }),
    response: v.strictObject({ keys: v.array(RecordingKeySchema) }),
  },
  /** Counted only if the office turned counters on; per day, nothing about a person. */
  'counters:record': {
    request: v.strictObject({ event: v.picklist(COUNTER_EVENT_NAMES), value: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-zA-Z0-9]+)*$/), v.maxLength(40))) }),
    response: v.strictObject({}),
  },
  /** `setAside`: damaged counter files kept aside in the data folder (counting started again). */
  'counters:get': {
    request: NoPayload,
    response: v.strictObject({ enabled: v.boolean(), days: v.record(v.string(), DayCountsSchema), setAside: v.array(v.string()) }),
  },
  'counters:reset': { request: NoPayload, response: v.strictObject({}) },
  'counters:export-targets': { request: NoPayload, response: v.strictObject({ folders: v.array(v.string()) }) },
  'counters:export': { request: v.strictObject({ folder: v.pipe(v.string(), v.maxLength(500)) }), response: v.strictObject({ file: v.string() }) },
} as const;

export type HostCallName = keyof typeof hostCalls;
export type HostRequest<C extends HostCallName> = v.InferInput<(typeof hostCalls)[C]['request']>;
export type HostResponse<C extends HostCallName> = v.InferOutput<(typeof hostCalls)[C]['response']>;

export const HOST_CALL_NAMES = Object.keys(hostCalls) as HostCallName[];

export function isHostCallName(name: unknown): name is HostCallName {
  return typeof name === 'string' && Object.hasOwn(hostCalls, name);
}

/** Errors cross the seam as data, with a message that is safe to show to staff. */
export type HostError = { code: 'unknown-call' | 'invalid-request' | 'forbidden' | 'failed'; message: string };
export type HostReply<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const HostReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({
    ok: v.literal(false),
    error: v.object({
      code: v.picklist(['unknown-call', 'invalid-request', 'forbidden', 'failed']),
      message: v.string(),
    }),
  }),
]);

/** Name of the single IPC channel the preload and the main-process gateway share. */
export const IPC_CHANNEL = 'hjelpepunkt:call';
/** Name under which the preload exposes the host calls on `window`. */
export const BRIDGE_GLOBAL = 'hjelpepunkt';
/** Path prefix of the WebHost's HTTP gateway (`POST /api/<call name>`). */
export const WEB_API_PREFIX = '/api/';
