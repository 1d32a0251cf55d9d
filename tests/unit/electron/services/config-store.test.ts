import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../../electron/services/config-store';
import { createMemoryLogger } from '../../../../electron/services/log';
import { DEFAULT_CONFIG } from '../../../../electron/shared/kiosk-config';
import { tempFolder } from '../../helpers/temp-folder';

let directory: string;
let store: ConfigStore;
const good = { ...DEFAULT_CONFIG, idleSeconds: 60, defaultLanguage: 'en' };

beforeEach(() => {
  directory = tempFolder('config-');
  store = new ConfigStore(directory, () => ['nb', 'en', 'ar'], createMemoryLogger());
});

describe('ConfigStore', () => {
  it('starts from defaults when there is no file yet (first run)', () => {
    expect(store.read()).toEqual({ config: DEFAULT_CONFIG, warnings: [], source: 'defaults' });
  });

  it('reads back what it wrote', () => {
    store.write(good);
    expect(store.read()).toEqual({ config: good, warnings: [], source: 'file' });
  });

  it('refuses to write an invalid config and leaves the file as it was', () => {
    store.write(good);
    expect(() => store.write({ ...good, idleSeconds: -1 })).toThrow(/invalid/i);
    expect(store.read().config).toEqual(good);
  });

  it('falls back to the last good copy when the file is corrupt', () => {
    store.write(good);
    store.write({ ...good, idleSeconds: 90 });
    fs.writeFileSync(store.file, '{"idleSeconds": 9');
    const reading = store.read();
    expect(reading.source).toBe('last-good-copy');
    expect(reading.config).toEqual(good);
    expect(reading.warnings[0]?.message).toMatch(/could not be read.*last good copy/);
  });

  it('falls back to defaults, with a warning, when the file and its copy are both unreadable', () => {
    fs.writeFileSync(store.file, '\u0000\u0000garbage');
    const reading = store.read();
    expect(reading).toMatchObject({ config: DEFAULT_CONFIG, source: 'defaults' });
    expect(reading.warnings[0]?.message).toMatch(/not valid JSON/);
  });

  it('survives a power cut between writing the temporary file and renaming it', () => {
    store.write(good);
    // What a crash mid-write leaves: a half-written temporary file beside the intact old one.
    fs.writeFileSync(`${store.file}.tmp-12345`, '{"idleSeconds": 3');
    expect(store.read()).toEqual({ config: good, warnings: [], source: 'file' });
  });

  it('writes atomically: no temporary files remain after a write', () => {
    store.write(good);
    store.write({ ...good, idleSeconds: 75 });
    expect(fs.readdirSync(directory).sort()).toEqual(['config.json', 'config.json.last-good']);
  });

  it('keeps wrong-typed settings out while keeping the valid ones', () => {
    fs.writeFileSync(store.file, JSON.stringify({ idleSeconds: '60', defaultLanguage: 'ar' }));
    const reading = store.read();
    expect(reading.config).toEqual({ ...DEFAULT_CONFIG, defaultLanguage: 'ar' });
    expect(reading.warnings.map((w) => w.field)).toEqual(['idleSeconds']);
  });

  it('reads a config whose folder cannot be read as defaults, with a warning', () => {
    fs.mkdirSync(store.file);
    const reading = store.read();
    expect(reading.source).toBe('defaults');
    expect(reading.warnings).toHaveLength(1);
  });
});
