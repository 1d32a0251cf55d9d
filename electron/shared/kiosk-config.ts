/**
 * The office's settings for one kiosk: what they mean, their limits and their defaults.
 *
 * Pure (no Node, no DOM): the config store validates files with it, the host gateways validate
 * payloads with it, and the renderer reads the types.
 */
import * as v from 'valibot';
import { DisplayNumberSchema, LanguageCodeSchema, LocalContactSchema } from './content-schema';

/**
 * Each setting has its own schema so that one bad value falls back to its default alone,
 * instead of a single typo throwing away the office's whole configuration.
 */
export const configFieldSchemas = {
  /** Language the welcome screen opens in, and the one every wiped session returns to. */
  defaultLanguage: LanguageCodeSchema,
  /** Languages offered on the welcome screen, in the order shown. Empty means "all shipped". */
  languages: v.pipe(v.array(LanguageCodeSchema), v.maxLength(64)),
  /** Seconds without a touch before the "Do you need more time?" prompt. */
  idleSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(3600)),
  /**
   * Seconds the prompt counts down before the session is wiped. WCAG 2.2.1 asks for at least 20;
   * lower values exist only so tests and demonstrations need not wait.
   */
  idleCountdownSeconds: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(300)),
  /** Paper the kiosk's printer holds: an 80 mm receipt roll, A6 cards or A4 sheets. */
  slipLayout: v.picklist(['80mm', 'a6', 'a4']),
  /** Slips carry a neutral title and no description of the services unless the visitor asks. */
  discreetSlips: v.boolean(),
  /** The printer's system name (Electron); empty means the system's default printer. */
  printerName: v.pipe(v.string(), v.maxLength(200)),
  /** Shown on slips only when `officeOnSlips` is on: a slip carries no place by default. */
  officeName: v.pipe(v.string(), v.trim(), v.maxLength(80)),
  officeOnSlips: v.boolean(),
  /** Optional office details for slips (shown only with `officeOnSlips`). */
  officeAddress: v.pipe(v.string(), v.trim(), v.maxLength(120)),
  officePhone: v.union([v.literal(''), DisplayNumberSchema]),
  /** Language of the staff screens (the walkthrough's staff side). */
  staffLanguage: v.picklist(['nb', 'en']),
  /** Read-aloud defaults, for the read-aloud feature. */
  readAloudDefault: v.boolean(),
  readAloudVolume: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  /**
   * Explore by touch on from the start of every visit (first tap says a control's name, the
   * second activates it). Off: a visitor turns it on for their own visit only.
   */
  exploreByTouchDefault: v.boolean(),
  /** The high-contrast theme from the start of every visit (a visitor can switch it for their visit). */
  highContrast: v.boolean(),
  /** The office's own per-day counts (sessions, languages, topics, slips). Off unless turned on. */
  countersEnabled: v.boolean(),
  /**
   * The office's nearest child welfare emergency service (barnevernvakt) and crisis centre: local
   * numbers the registry cannot hold (they differ by municipality). Empty until the office sets
   * them; the health view warns while they are empty, because a child who needs a safe place
   * tonight cannot use a web address on an offline kiosk.
   */
  childWelfareEmergencyPhone: v.union([v.literal(''), DisplayNumberSchema]),
  crisisCentrePhone: v.union([v.literal(''), DisplayNumberSchema]),
  /** A folder staff's "Update content" also looks in for content packs (beside USB sticks); empty: USB sticks only. */
  contentImportFolder: v.pipe(v.string(), v.trim(), v.maxLength(500)),
  /** A folder a file-sync or device-management tool fills with content packs: checked at start and daily. */
  contentWatchFolder: v.pipe(v.string(), v.trim(), v.maxLength(500)),
  /** Regional services from the registry (those with an `area`) this office shows, by id. */
  regionalContacts: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40))), v.maxLength(20)),
  /** The office's own contacts, validated like the registry (see sanitizeConfig for bad entries). */
  localContacts: v.pipe(
    v.array(LocalContactSchema),
    v.maxLength(20),
    v.check((list) => new Set(list.map((c) => c.id)).size === list.length, 'Local contact ids must be unique.'),
  ),
} as const;

export const KioskConfigSchema = v.object(configFieldSchemas);
export type KioskConfig = v.InferOutput<typeof KioskConfigSchema>;

export const DEFAULT_CONFIG: KioskConfig = Object.freeze({
  defaultLanguage: 'nb',
  languages: [],
  idleSeconds: 120,
  idleCountdownSeconds: 20,
  slipLayout: '80mm',
  discreetSlips: true,
  printerName: '',
  officeName: '',
  officeOnSlips: false,
  officeAddress: '',
  officePhone: '',
  staffLanguage: 'nb',
  readAloudDefault: false,
  readAloudVolume: 60,
  exploreByTouchDefault: false,
  highContrast: false,
  countersEnabled: false,
  childWelfareEmergencyPhone: '',
  crisisCentrePhone: '',
  contentImportFolder: '',
  contentWatchFolder: '',
  regionalContacts: [],
  localContacts: [],
}) as KioskConfig;

export type ConfigWarning = { field: string; message: string };

/**
 * Builds a complete config from whatever a file held: every valid field is kept, every missing or
 * invalid one takes its default and yields a warning that names it. Unknown keys are dropped with
 * a warning. Language codes the kiosk does not ship are removed, and an unknown default language
 * becomes the built-in default.
 */
export function sanitizeConfig(
  raw: unknown,
  shippedLanguages: readonly string[],
): { config: KioskConfig; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (!isObject) warnings.push({ field: '*', message: 'The settings are not a JSON object; defaults are used.' });
  const source: Record<string, unknown> = isObject ? { ...(raw as Record<string, unknown>) } : {};

  const config: Record<string, unknown> = {};
  if (Array.isArray(source.localContacts)) source.localContacts = keepValidLocalContacts(source.localContacts, warnings);
  for (const [field, schema] of Object.entries(configFieldSchemas)) {
    if (!(field in source)) {
      config[field] = DEFAULT_CONFIG[field as keyof KioskConfig];
      continue;
    }
    const result = v.safeParse(schema, source[field]);
    if (result.success) {
      config[field] = result.output;
    } else {
      config[field] = DEFAULT_CONFIG[field as keyof KioskConfig];
      warnings.push({ field, message: `Invalid value (${result.issues[0]?.message ?? 'rejected'}); the default is used.` });
    }
  }
  for (const field of Object.keys(source)) {
    if (!(field in configFieldSchemas)) warnings.push({ field, message: 'Unknown setting; ignored.' });
  }

  const result = config as KioskConfig;
  const shipped = new Set(shippedLanguages);
  const unknownShown = result.languages.filter((code) => !shipped.has(code));
  if (unknownShown.length > 0) {
    warnings.push({ field: 'languages', message: `Not shipped, so not shown: ${unknownShown.join(', ')}.` });
    result.languages = result.languages.filter((code) => shipped.has(code));
  }
  if (!shipped.has(result.defaultLanguage)) {
    warnings.push({
      field: 'defaultLanguage',
      message: `"${result.defaultLanguage}" is not shipped; "${DEFAULT_CONFIG.defaultLanguage}" is used.`,
    });
    result.defaultLanguage = DEFAULT_CONFIG.defaultLanguage;
  }
  return { config: result, warnings };
}

/**
 * One mistyped local contact must not hide the others: each entry is checked alone, bad ones (and
 * repeated ids) are dropped with a warning that says which.
 */
function keepValidLocalContacts(entries: unknown[], warnings: ConfigWarning[]): unknown[] {
  const seen = new Set<string>();
  const kept: unknown[] = [];
  entries.forEach((entry, index) => {
    const result = v.safeParse(LocalContactSchema, entry);
    const label = typeof (entry as { name?: unknown })?.name === 'string' ? `"${(entry as { name: string }).name}"` : `#${index + 1}`;
    if (!result.success) {
      const issue = result.issues[0];
      const where = issue?.path?.map((item) => String(item.key)).join('.') ?? '';
      warnings.push({ field: 'localContacts', message: `Local contact ${label} was left out: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}.` });
    } else if (seen.has(result.output.id)) {
      warnings.push({ field: 'localContacts', message: `Local contact ${label} was left out: its id "${result.output.id}" is used twice.` });
    } else {
      seen.add(result.output.id);
      kept.push(entry);
    }
  });
  return kept.slice(0, 20);
}
