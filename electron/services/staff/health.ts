/**
 * The staff health view: is the printer ready, how old is the content's oldest check, are the
 * fonts there, how much disk is free, when and why did the kiosk restart, how complete is each
 * translation, is anything wrong with the settings, and how locked down is the kiosk.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HealthReport } from '../../shared/host-contract';
import { staleContacts } from '../../shared/content-schema';
import type { ConfigStore } from '../config-store';
import type { ContentPackStore } from '../content/packs/pack-store';
import { lockdownReport, type LockdownSources } from '../lockdown-report';
import type { PrintCoordinator } from '../printing/print-coordinator';
import type { PinStore } from './pin-store';
import type { RestartLog } from './restart-log';

export type HealthSources = {
  host: 'electron' | 'web';
  version: string;
  contentPacks: ContentPackStore;
  configStore: ConfigStore;
  printing: PrintCoordinator;
  pins: PinStore;
  restarts: RestartLog;
  dataDirectory: string;
  fontsDirectory: string;
  lockdown: LockdownSources;
  now?: () => Date;
};

export async function healthReport(sources: HealthSources): Promise<HealthReport> {
  const now = sources.now?.() ?? new Date();
  const content = sources.contentPacks.content();
  const pack = sources.contentPacks.status();
  const reading = sources.configStore.read();
  const printer = await sources.printing.status();
  const oldest = [...content.contacts].sort((a, b) => a.verified.localeCompare(b.verified))[0]?.verified ?? '';
  return {
    host: sources.host,
    version: sources.version,
    printer: { state: printer.state, printer: printer.printer },
    printConfirmation: sources.printing.confirmation(),
    content: {
      pack: pack.active,
      ...(pack.fault ? { fault: pack.fault } : {}),
      contacts: content.contacts.length,
      oldestVerified: oldest,
      staleContacts: staleContacts(content.contacts, now).map((contact) => contact.id),
    },
    fonts: fontHealth(sources.fontsDirectory),
    speech: { ready: false, note: 'Read-aloud is not installed yet.' },
    disk: { freeMegabytes: freeMegabytes(sources.dataDirectory) },
    restarts: sources.restarts.entries().slice(0, 10),
    translations: content.languages.map((language) => ({
      code: language.code,
      name: language.englishName,
      status: language.status,
      percent: Math.round((content.coverage.get(language.code) ?? 0) * 10) / 10,
      stale: content.stale.get(language.code) ?? 0,
    })),
    localNumbers: { missing: (['childWelfareEmergencyPhone', 'crisisCentrePhone'] as const).filter((field) => !reading.config[field]) },
    config: { source: reading.source, warnings: reading.warnings },
    pin: sources.pins.state(),
    lockdown: await lockdownReport(sources.lockdown),
  };
}

function fontHealth(directory: string): HealthReport['fonts'] {
  try {
    const faces = JSON.parse(fs.readFileSync(path.join(directory, 'fonts.json'), 'utf8')) as { family: string; file: string }[];
    return {
      families: [...new Set(faces.map((face) => face.family))].sort(),
      missingFiles: faces.filter((face) => !fs.existsSync(path.join(directory, face.file))).length,
    };
  } catch {
    return { families: [], missingFiles: -1 };
  }
}

function freeMegabytes(directory: string): number | null {
  try {
    const stats = fs.statfsSync(directory);
    return Math.round((stats.bavail * stats.bsize) / 1024 / 1024);
  } catch {
    return null;
  }
}
