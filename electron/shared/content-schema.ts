/**
 * The shape of the content in `locales/`: languages, the contact registry and the topics.
 *
 * Pure and shared: the content checks validate the files with it at build time, the shell validates
 * again before it prints a number, and the renderer takes its types from here.
 */
import * as v from 'valibot';

/** A BCP 47-ish tag as used by `locales/<code>.json` (e.g. `nb`, `ar`, `zh-Hans`). */
export const LanguageCodeSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/));

const IsoDateSchema = v.pipe(v.string(), v.isoDate());
const HttpsUrlSchema = v.pipe(v.string(), v.url(), v.startsWith('https://'));
/** Written the way Norwegians write it: digits in groups of 2–3 separated by single spaces. */
export const DisplayNumberSchema = v.pipe(v.string(), v.regex(/^\+?\d{2,5}( \d{2,3}){0,4}$/));
/** What a phone dials: digits, optionally with a leading + (E.164). */
const DialNumberSchema = v.pipe(v.string(), v.regex(/^\+?\d{3,15}$/));
/** A bare host (and optional path) shown as text and encoded in QR codes as https://… */
export const WebAddressSchema = v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9._~/-]*)?$/));
const ClockSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-4]):[0-5]\d$/));

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const OpeningHoursSchema = v.variant('type', [
  /** Staffed around the clock, every day of the year. */
  v.object({ type: v.literal('always') }),
  /** Regular weekly hours in Norwegian time. */
  v.object({
    type: v.literal('weekly'),
    slots: v.pipe(
      v.array(
        v.object({
          days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.minLength(1)),
          open: ClockSchema,
          close: ClockSchema,
        }),
      ),
      v.minLength(1),
    ),
    /**
     * What the service does on Norway's public holidays: `closed` or `open` only where the source
     * says so; `unknown` makes the kiosk say "public holiday: may be closed" instead of "open now".
     */
    publicHolidays: v.picklist(['closed', 'open', 'unknown']),
    /** The page that says so (required for `closed` and `open`; see the content checks). */
    publicHolidaysSource: v.optional(HttpsUrlSchema),
  }),
  /** The source gives no hours: the kiosk shows none and never claims "open". */
  v.object({ type: v.literal('unknown') }),
]);
export type OpeningHours = v.InferOutput<typeof OpeningHoursSchema>;

export const CONTACT_KINDS = [
  'emergency',
  'police',
  'helpline',
  'support',
  'children',
  'shelter',
  'lawyer',
  'return',
  'immigration',
  'health',
  'compensation',
  'professional',
  'local',
] as const;

export const ContactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  kind: v.picklist(CONTACT_KINDS),
  /** The organisation's own Norwegian name: printed on every slip so anyone in Norway can read it. */
  officialName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  phones: v.pipe(v.array(v.strictObject({ display: DisplayNumberSchema, dial: DialNumberSchema })), v.maxLength(3)),
  hours: OpeningHoursSchema,
  web: v.optional(WebAddressSchema),
  email: v.optional(v.pipe(v.string(), v.email())),
  source: HttpsUrlSchema,
  sourceNote: v.optional(v.string()),
  verified: IsoDateSchema,
  confidence: v.picklist(['S', 'S-old']),
  /**
   * False for a contact that cannot be named without saying what the visitor is dealing with
   * (trafficking, crisis, asylum): a plain slip leaves it off, because someone dangerous may find
   * the slip. Every other contact has a neutral `slipName` in every language.
   */
  onPlainSlips: v.optional(v.boolean(), true),
  /**
   * The number is the office's own (its nearest child welfare emergency service or crisis
   * centre): set in the kiosk's settings, shown only once set. The registry says what it is.
   */
  phoneFromSetting: v.optional(v.picklist(['childWelfareEmergencyPhone', 'crisisCentrePhone'])),
  /** A service in one area only (e.g. "Oslo"): shown only where the office turns it on. */
  area: v.optional(v.pipe(v.string(), v.minLength(2), v.maxLength(40))),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

/** A page a topic's text was checked against, or a legal reference: shown to staff in a small source line. */
export const ReferenceSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** As staff read it, in Norwegian (e.g. "Barnevernsloven § 13-2 (opplysningsplikt)"). */
  label: v.pipe(v.string(), v.minLength(3)),
  url: HttpsUrlSchema,
  verified: IsoDateSchema,
});
export type Reference = v.InferOutput<typeof ReferenceSchema>;

const withUniqueIds = <T extends { id: string }>(list: T[]): boolean => new Set(list.map((entry) => entry.id)).size === list.length;

/** contacts.json: every number, web address and opening hour the kiosk shows, and the references. */
export const ContactRegistrySchema = v.object({
  $comment: v.optional(v.string()),
  contacts: v.pipe(v.array(ContactSchema), v.check(withUniqueIds, 'Contact ids must be unique.')),
  references: v.pipe(v.array(ReferenceSchema), v.check(withUniqueIds, 'Reference ids must be unique.')),
});
export type ContactRegistry = v.InferOutput<typeof ContactRegistrySchema>;

export const LanguageSchema = v.strictObject({
  code: LanguageCodeSchema,
  endonym: v.pipe(v.string(), v.minLength(2)),
  englishName: v.string(),
  dir: v.picklist(['ltr', 'rtl']),
  script: v.pipe(v.string(), v.regex(/^[A-Z][a-z]{3}$/)),
  font: v.string(),
  voice: v.nullable(v.string()),
  status: v.picklist(['source', 'draft', 'reviewed']),
});
export type Language = v.InferOutput<typeof LanguageSchema>;

export const LanguageListSchema = v.object({
  $comment: v.optional(v.string()),
  languages: v.pipe(v.array(LanguageSchema), v.minLength(1)),
});

export const TopicSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/)),
  /** File name (without .svg) in renderer/pictograms/. */
  pictogram: v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/)),
  /** Visitors see these; staff topics come after them, clearly marked. */
  audience: v.picklist(['visitor', 'staff']),
  /** `coming` shows only the title until the text is written. */
  status: v.picklist(['complete', 'coming']),
  /** Keys under `topics.<id>.blocks` in each locale, in reading order. */
  blocks: v.array(v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/))),
  /** Contact ids shown as cards at the end of the topic, in order. */
  contacts: v.array(v.string()),
  /** Reference ids (contacts.json): the pages the text was checked against, and the legal references. */
  sources: v.array(v.string()),
});
export type Topic = v.InferOutput<typeof TopicSchema>;

/**
 * A contact an office adds for its own area (the nearest child welfare office, crisis centre or
 * police station). Written in one language by the office; shown as "added by this office".
 */
export const LocalContactSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40)),
  name: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80)),
  /** The name a plain slip prints; without one the contact is left off plain slips. */
  slipName: v.optional(v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(40))),
  what: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(160))),
  phone: DisplayNumberSchema,
  hours: v.optional(OpeningHoursSchema, { type: 'unknown' }),
  web: v.optional(WebAddressSchema),
  /** Topic ids whose contact list shows it. */
  topics: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]+(-[a-z]+)*$/))), v.minLength(1)), ['help-now']),
});
export type LocalContact = v.InferOutput<typeof LocalContactSchema>;

/** Contacts whose `verified` date is older than `months` months: staff should re-check them. */
export function staleContacts(contacts: readonly Contact[], now: Date, months = 12): Contact[] {
  const limit = new Date(now);
  limit.setMonth(limit.getMonth() - months);
  return contacts.filter((contact) => new Date(contact.verified) < limit);
}

export const TopicListSchema = v.object({
  $comment: v.optional(v.string()),
  topics: v.pipe(v.array(TopicSchema), v.minLength(1)),
});

const SlugSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** The side-by-side walkthrough: questions, their answers, and the rules that pick what to show. */
export const WalkthroughSchema = v.object({
  $comment: v.optional(v.string()),
  questions: v.pipe(v.array(v.strictObject({ id: SlugSchema, answers: v.pipe(v.array(SlugSchema), v.minLength(2)) })), v.minLength(1)),
  rules: v.array(
    v.strictObject({
      id: SlugSchema,
      /** question id → the answers that make the rule apply (all conditions must hold). */
      when: v.record(SlugSchema, v.array(SlugSchema)),
      topics: v.array(SlugSchema),
      contacts: v.array(SlugSchema),
    }),
  ),
});
export type Walkthrough = v.InferOutput<typeof WalkthroughSchema>;

/** plain-slip-words.json: per language, the words a plain slip must never print. */
export const PlainSlipWordsSchema = v.object({
  $comment: v.optional(v.string()),
  words: v.record(LanguageCodeSchema, v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1))),
});
