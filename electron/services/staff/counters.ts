/**
 * The office's own optional counters (off by default): per day only, how many sessions, which
 * languages, which topics, how many slips. Nothing finer, nothing about a person, no time of day.
 * Kept in the data folder; staff can view, export as CSV and reset them.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../atomic-file';
import { NORWAY_TIME_ZONE } from '../../shared/opening-hours';

import type { CounterEventName } from '../../shared/counter-events';

const DaySchema = v.object({
  sessions: v.number(),
  slips: v.number(),
  languages: v.record(v.string(), v.number()),
  topics: v.record(v.string(), v.number()),
});
const CountersSchema = v.record(v.pipe(v.string(), v.isoDate()), DaySchema);
export type DayCounts = v.InferOutput<typeof DaySchema>;
export type Counts = v.InferOutput<typeof CountersSchema>;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: NORWAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export class Counters {
  readonly file: string;

  constructor(
    dataDirectory: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = path.join(dataDirectory, 'counters.json');
  }

  read(): Counts {
    try {
      const text = readFileIfExists(this.file);
      if (!text) return {};
      const parsed = v.safeParse(CountersSchema, JSON.parse(text));
      return parsed.success ? parsed.output : {};
    } catch {
      return {};
    }
  }

  record(event: CounterEventName, value?: string): void {
    const counts = this.read();
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

  /** One row per day and measure: date,measure,item,count. */
  csv(): string {
    const rows = ['date,measure,item,count'];
    for (const [day, counts] of Object.entries(this.read()).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push(`${day},sessions,,${counts.sessions}`, `${day},slips,,${counts.slips}`);
      for (const [language, count] of Object.entries(counts.languages)) rows.push(`${day},language,${language},${count}`);
      for (const [topic, count] of Object.entries(counts.topics)) rows.push(`${day},topic,${topic},${count}`);
    }
    return `${rows.join('\n')}\n`;
  }

  /** Writes the CSV into `folder` (e.g. a USB stick) and returns the file's path. */
  exportTo(folder: string): string {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error('That folder is not available.');
    const file = path.join(folder, `hjelpepunkt-counters-${dayFormat.format(this.now())}.csv`);
    fs.writeFileSync(file, this.csv());
    return file;
  }
}

/** Folders counters may be exported to: removable drives, then the app's own data folder. */
export function exportTargets(dataDirectory: string, platform = process.platform): string[] {
  const roots =
    platform === 'win32'
      ? 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => `${letter}:\\`)
      : platform === 'darwin'
        ? children('/Volumes')
        : [...children('/media').flatMap(children), ...children('/run/media').flatMap(children), ...children('/mnt')];
  return [...roots.filter(isWritableDirectory), dataDirectory];
}

function children(directory: string): string[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(directory, entry.name));
  } catch {
    return [];
  }
}

function isWritableDirectory(directory: string): boolean {
  try {
    fs.accessSync(directory, fs.constants.W_OK);
    return fs.statSync(directory).isDirectory();
  } catch {
    return false;
  }
}
