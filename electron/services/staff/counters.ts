/**
 * The office's own optional counters (off by default): per day only, how many sessions, which
 * languages, which topics, how many slips. Nothing finer, nothing about a person, no time of day.
 * Kept in the data folder; staff can view, export as CSV and reset them.
 *
 * A small count can single a person out ("the one visitor who read Tigrinya on Tuesday"), so
 * staff see and export only counts of at least SMALLEST_SHOWN_COUNT: smaller ones read "too few",
 * a language or topic under 5 is not listed in the view, and the CSV lists every language and
 * topic the kiosk has, so a "< 5" row does not even tell whether it was used at all. The file
 * itself keeps the exact counts, in the data folder only the machine's administrator can read.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';
import type { Logger } from '../log';
import { removableDrives } from '../removable-drives';
import { NORWAY_TIME_ZONE } from '../../shared/opening-hours';
import { SMALLEST_SHOWN_COUNT, type CounterEventName } from '../../shared/counter-events';

const DaySchema = v.object({
  sessions: v.number(),
  slips: v.number(),
  languages: v.record(v.string(), v.number()),
  topics: v.record(v.string(), v.number()),
});
const CountersSchema = v.record(v.pipe(v.string(), v.isoDate()), DaySchema);
export type DayCounts = v.InferOutput<typeof DaySchema>;
export type Counts = v.InferOutput<typeof CountersSchema>;

/** A count as staff see it: the number, or only that it is under SMALLEST_SHOWN_COUNT. */
export type ShownCount = number | 'too-few';
export type ShownDay = { sessions: ShownCount; slips: ShownCount; languages: Record<string, number>; topics: Record<string, number> };
/** Every language and topic the kiosk has: the CSV lists them all, used or not. */
export type KnownItems = { languages: readonly string[]; topics: readonly string[] };

const FILE_NAME = 'counters.json';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: NORWAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const shown = (count: number): ShownCount => (count >= SMALLEST_SHOWN_COUNT ? count : 'too-few');
const largeOnly = (record: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(record).filter(([, count]) => count >= SMALLEST_SHOWN_COUNT));

export class Counters {
  readonly file: string;
  private readonly now: () => Date;
  private readonly log: Logger | undefined;

  constructor(
    private readonly dataDirectory: string,
    options: { now?: () => Date; log?: Logger } = {},
  ) {
    this.file = path.join(dataDirectory, FILE_NAME);
    this.now = options.now ?? (() => new Date());
    this.log = options.log;
  }

  /** The exact counts (for the host's own use: what staff see is `report()`). */
  read(): Counts {
    return this.load() ?? {};
  }

  /** What staff see: per day, only counts of at least SMALLEST_SHOWN_COUNT. */
  report(): Record<string, ShownDay> {
    return Object.fromEntries(
      Object.entries(this.read()).map(([day, counts]) => [
        day,
        { sessions: shown(counts.sessions), slips: shown(counts.slips), languages: largeOnly(counts.languages), topics: largeOnly(counts.topics) },
      ]),
    );
  }

  record(event: CounterEventName, value?: string): void {
    const counts = this.load();
    // The file is there but cannot be read now (permissions, a disk error): count nothing rather
    // than overwrite what it holds.
    if (!counts) return;
    const day = dayFormat.format(this.now());
    const today = (counts[day] ??= { sessions: 0, slips: 0, languages: {}, topics: {} });
    if (event === 'session') today.sessions += 1;
    if (event === 'slip') today.slips += 1;
    if (event === 'language' && value) today.languages[value] = (today.languages[value] ?? 0) + 1;
    if (event === 'topic' && value) today.topics[value] = (today.topics[value] ?? 0) + 1;
    writeFileAtomic(this.file, `${JSON.stringify(counts)}\n`);
  }

  reset(): void {
    fs.rmSync(this.file, { force: true });
  }

  /** Damaged counter files kept aside (newest last), for staff to know and an administrator to look at. */
  setAside(): string[] {
    try {
      return fs.readdirSync(this.dataDirectory).filter((name) => name.startsWith(`${FILE_NAME}.damaged-`)).sort();
    } catch {
      return [];
    }
  }

  /** One row per day, measure and item (every known language and topic): date,measure,item,count. */
  csv(known: KnownItems): string {
    const cell = (count: number): string => (count >= SMALLEST_SHOWN_COUNT ? String(count) : `< ${SMALLEST_SHOWN_COUNT}`);
    const rows = ['date,measure,item,count'];
    for (const [day, counts] of Object.entries(this.read()).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push(`${day},sessions,,${cell(counts.sessions)}`, `${day},slips,,${cell(counts.slips)}`);
      for (const language of [...known.languages].sort()) rows.push(`${day},language,${language},${cell(counts.languages[language] ?? 0)}`);
      for (const topic of [...known.topics].sort()) rows.push(`${day},topic,${topic},${cell(counts.topics[topic] ?? 0)}`);
    }
    return `${rows.join('\n')}\n`;
  }

  /** Writes the CSV into `folder` (e.g. a USB stick) and returns the file's path. */
  exportTo(folder: string, known: KnownItems): string {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error('That folder is not available.');
    const file = path.join(folder, `hjelpepunkt-counters-${dayFormat.format(this.now())}.csv`);
    fs.writeFileSync(file, this.csv(known));
    return file;
  }

  /**
   * The stored counts; {} when there are none yet. A file that is there but not valid is renamed
   * aside (never overwritten: the office may want it back) and counting starts again. Undefined
   * when the file cannot be read at all right now.
   */
  private load(): Counts | undefined {
    let text: string | undefined;
    try {
      text = readFileIfExists(this.file);
    } catch (error) {
      this.log?.error('counters', `the counters file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing is counted until it can`);
      return undefined;
    }
    if (text === undefined) return {};
    try {
      const parsed = v.safeParse(CountersSchema, JSON.parse(text));
      if (parsed.success) return parsed.output;
    } catch {
      // Not JSON: set aside below, like a file of the wrong shape.
    }
    return this.keepAside();
  }

  private keepAside(): Counts | undefined {
    const stamp = this.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const aside = `${FILE_NAME}.damaged-${stamp}`;
    try {
      fs.renameSync(this.file, path.join(this.dataDirectory, aside));
    } catch (error) {
      this.log?.error('counters', `the counters file is damaged and could not be kept aside (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing is counted`);
      return undefined;
    }
    this.log?.warn('counters', `the counters file was damaged; it is kept aside as ${aside} and counting starts again`);
    return {};
  }
}

/** Folders counters may be exported to: writable removable drives, then the app's own data folder. */
export function exportTargets(dataDirectory: string, platform = process.platform): string[] {
  return [...removableDrives(platform, true), dataDirectory];
}
