import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Counters, exportTargets } from '../../../../../electron/services/staff/counters';

describe('Counters', () => {
  it('counts per day in Norwegian time, and nothing finer', () => {
    let now = new Date('2026-11-28T22:30:00Z'); // 23:30 in Oslo
    const counters = new Counters(fs.mkdtempSync(path.join(os.tmpdir(), 'count-')), () => now);
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

  it('exports CSV to a chosen folder and can be reset', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'count-'));
    const counters = new Counters(directory, () => new Date('2026-11-28T12:00:00Z'));
    counters.record('session');
    counters.record('language', 'nb');
    const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'usb-'));
    const file = counters.exportTo(usb);
    expect(path.basename(file)).toBe('hjelpepunkt-counters-2026-11-28.csv');
    expect(fs.readFileSync(file, 'utf8')).toBe('date,measure,item,count\n2026-11-28,sessions,,1\n2026-11-28,slips,,0\n2026-11-28,language,nb,1\n');
    counters.reset();
    expect(counters.read()).toEqual({});
    expect(() => counters.exportTo(path.join(usb, 'missing'))).toThrow('not available');
  });

  it('reads a damaged counter file as empty rather than failing', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'count-'));
    fs.writeFileSync(path.join(directory, 'counters.json'), '{oops');
    expect(new Counters(directory).read()).toEqual({});
  });

  it('offers removable drives and the data folder as export targets', () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'data-'));
    expect(exportTargets(data)).toContain(data);
  });
});
