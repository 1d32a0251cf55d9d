import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../electron/services/log';
import { Counters, exportTargets } from '../../../../../electron/services/staff/counters';

const folders: string[] = [];
const folder = (prefix: string): string => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of folders) fs.rmSync(directory, { recursive: true, force: true });
});

const KNOWN = { languages: ['ar', 'en', 'nb'], topics: ['help-now', 'rights'] };
const NOON = () => new Date('2026-11-28T12:00:00Z');

describe('Counters', () => {
  it('counts per day in Norwegian time, and nothing finer', () => {
    let now = new Date('2026-11-28T22:30:00Z'); // 23:30 in Oslo
    const counters = new Counters(folder('count-'), { now: () => now });
    counters.record('session');
    counters.record('language', 'ar');
    counters.record('topic', 'help-now');
    counters.record('slip');
    now = new Date('2026-11-28T23:30:00Z'); // 00:30 the next day in Oslo
    counters.record('session');
    counters.record('language', 'ar');
    expect(counters.read()).toEqual({
      '2026-11-28': { sessions: 1, slips: 1, languages: { ar: 1 }, topics: { 'help-now': 1 } },
      '2026-11-29': { sessions: 1, slips: 0, languages: { ar: 1 }, topics: {} },
    });
    expect(JSON.stringify(counters.read())).not.toMatch(/T\d\d:/);
  });

  it('shows staff only counts of at least 5: smaller ones as "too few", and languages and topics under 5 not at all', () => {
    const counters = new Counters(folder('count-'), { now: NOON });
    for (let visit = 0; visit < 6; visit += 1) {
      counters.record('session');
      counters.record('language', 'nb');
    }
    counters.record('language', 'ar');
    counters.record('topic', 'help-now');
    counters.record('slip');
    expect(counters.report()).toEqual({ '2026-11-28': { sessions: 6, slips: 'too-few', languages: { nb: 6 }, topics: {} } });
  });

  it('exports a CSV that cannot tell whether a rare language or topic was used at all', () => {
    const withOne = new Counters(folder('count-'), { now: NOON });
    const withNone = new Counters(folder('count-'), { now: NOON });
    for (const counters of [withOne, withNone]) {
      for (let visit = 0; visit < 5; visit += 1) {
        counters.record('session');
        counters.record('language', 'nb');
      }
    }
    withOne.record('language', 'ar');
    withOne.record('topic', 'rights');
    expect(withOne.csv(KNOWN)).toBe(withNone.csv(KNOWN));
    expect(withOne.csv(KNOWN)).toBe(
      [
        'date,measure,item,count',
        '2026-11-28,sessions,,5',
        '2026-11-28,slips,,< 5',
        '2026-11-28,language,ar,< 5',
        '2026-11-28,language,en,< 5',
        '2026-11-28,language,nb,5',
        '2026-11-28,topic,help-now,< 5',
        '2026-11-28,topic,rights,< 5',
        '',
      ].join('\n'),
    );
  });

  it('exports CSV to a chosen folder and can be reset', () => {
    const counters = new Counters(folder('count-'), { now: NOON });
    counters.record('session');
    const usb = folder('usb-');
    const file = counters.exportTo(usb, KNOWN);
    expect(path.basename(file)).toBe('hjelpepunkt-counters-2026-11-28.csv');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^date,measure,item,count\n2026-11-28,sessions,,< 5\n/);
    counters.reset();
    expect(counters.read()).toEqual({});
    expect(() => counters.exportTo(path.join(usb, 'missing'), KNOWN)).toThrow('not available');
  });

  it('keeps a damaged counter file aside, says so, and counts on in a new one', () => {
    const directory = folder('count-');
    const log = createMemoryLogger();
    fs.writeFileSync(path.join(directory, 'counters.json'), '{"2026-11-27": {"sessions": 40, oops');
    const counters = new Counters(directory, { now: NOON, log });
    counters.record('session');
    expect(counters.read()).toEqual({ '2026-11-28': { sessions: 1, slips: 0, languages: {}, topics: {} } });
    const aside = counters.setAside();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^counters\.json\.damaged-\d{8}T\d{6}Z$/);
    expect(fs.readFileSync(path.join(directory, aside[0] ?? ''), 'utf8')).toBe('{"2026-11-27": {"sessions": 40, oops');
    expect(log.lines.join('\n')).toMatch(/counters.*damaged.*kept aside/);
  });

  it('offers removable drives and the data folder as export targets', () => {
    const data = folder('data-');
    expect(exportTargets(data)).toContain(data);
  });
});
