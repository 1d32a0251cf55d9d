import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigStore } from '../../../../../electron/services/config-store';
import { createMemoryLogger } from '../../../../../electron/services/log';
import { PrintCoordinator } from '../../../../../electron/services/printing/print-coordinator';
import { healthReport } from '../../../../../electron/services/staff/health';
import { PinStore } from '../../../../../electron/services/staff/pin-store';
import { RestartLog } from '../../../../../electron/services/staff/restart-log';
import { Recordings } from '../../../../../electron/services/recordings';
import { DEFAULT_CONFIG } from '../../../../../electron/shared/kiosk-config';
import type { ContentPackStore, ContentPackStatus } from '../../../../../electron/services/content/packs/pack-store';
import { CONTENT } from '../../../helpers/real-content';

const PACK_STATUS: ContentPackStatus = {
  active: { version: 0, created: '2026-11-30T12:00:00.000Z', keyId: '0123456789abcdef', keyLabel: 'built-in', origin: 'built-in' },
  previous: undefined,
  fault: undefined,
};

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function sources(config: Partial<typeof DEFAULT_CONFIG> = {}, bundleRoot?: string, recordings: string[] = []) {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-health-'));
  folders.push(dataDirectory);
  const log = createMemoryLogger();
  const configStore = new ConfigStore(dataDirectory, () => CONTENT.languages.map((language) => language.code), log);
  configStore.write({ ...DEFAULT_CONFIG, ...config });
  return {
    host: 'web' as const,
    version: 'test',
    contentPacks: { content: () => ({ ...CONTENT, stale: new Map([['ro', 3]]) }), status: () => PACK_STATUS } as unknown as ContentPackStore,
    configStore,
    printing: new PrintCoordinator({ cups: undefined, queue: undefined, configuredPrinter: () => '', log }),
    pins: new PinStore(dataDirectory),
    restarts: new RestartLog(dataDirectory),
    dataDirectory,
    fontsDirectory: path.join(dataDirectory, 'no-fonts'),
    // The active pack's files, with a recording (a few bytes) under each name given.
    recordings: new Recordings(() => ({ ...CONTENT, files: new Map([...CONTENT.files, ...recordings.map((name) => [name, Buffer.from('OggS')] as const)]) })),
    bundleRoot,
    lockdown: { host: 'browser' as const, packaged: false, developerMode: false, env: {}, browserPolicies: 'not-in-force' as const },
  };
}

describe('the staff health view', () => {
  it('warns while the office has not entered its local child welfare emergency service and crisis centre', async () => {
    expect((await healthReport(sources())).localNumbers.missing).toEqual(['childWelfareEmergencyPhone', 'crisisCentrePhone']);
    expect((await healthReport(sources({ crisisCentrePhone: '12 34 56 78' }))).localNumbers.missing).toEqual(['childWelfareEmergencyPhone']);
    expect((await healthReport(sources({ crisisCentrePhone: '12 34 56 78', childWelfareEmergencyPhone: '55 36 11 80' }))).localNumbers.missing).toEqual([]);
  });

  it('counts, per language, the translations made from an older English text', async () => {
    const report = await healthReport(sources());
    expect(report.translations.find((translation) => translation.code === 'ro')?.stale).toBe(3);
    expect(report.translations.find((translation) => translation.code === 'en')?.stale).toBe(0);
  });

  it('says when the font files are missing, instead of failing', async () => {
    expect((await healthReport(sources())).fonts.missingFiles).toBe(-1);
  });

  it('lists, per language, its voice and its recordings, and finds the speech engine in the built page', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-health-speech-'));
    folders.push(base);
    fs.mkdirSync(path.join(base, 'assets'));
    const missing = await healthReport(sources({}, base, ['audio/so/welcome.choose.ogg']));
    expect(missing.speech.engine).toBe('missing');
    expect(missing.speech.note).toContain('missing');
    expect(missing.speech.languages.find((language) => language.code === 'so')).toEqual({ code: 'so', name: 'Somali', voice: null, recordings: 1 });
    expect(missing.speech.languages.find((language) => language.code === 'nb')).toEqual({ code: 'nb', name: 'Norwegian Bokmål', voice: 'nb', recordings: 0 });

    fs.writeFileSync(path.join(base, 'assets', 'speech-worker-Ab1_2.js'), '');
    fs.writeFileSync(path.join(base, 'assets', 'espeak-ng-Cd3_4.data'), 'cut short');
    expect((await healthReport(sources({}, base))).speech).toMatchObject({ engine: 'missing', note: expect.stringContaining('damaged') });
    fs.truncateSync(path.join(base, 'assets', 'espeak-ng-Cd3_4.data'), 24 * 1024 * 1024);
    expect((await healthReport(sources({}, base))).speech).toMatchObject({ engine: 'installed', note: expect.stringContaining('24 MB') });
  });
});
