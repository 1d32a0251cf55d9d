/**
 * The office's settings as a JSON file in the app's data folder, shared by the Electron shell and
 * the WebHost server. A damaged file never stops the kiosk: reading falls back to the last good
 * copy, then to defaults, and says so in `warnings` for the staff health view.
 */
import path from 'node:path';
import {
  DEFAULT_CONFIG,
  sanitizeConfig,
  type ConfigWarning,
  type KioskConfig,
} from '../shared/kiosk-config';
import { readFileIfExists, writeFileAtomic } from './atomic-file';
import type { Logger } from './log';

export type ConfigSource = 'file' | 'last-good-copy' | 'defaults';
export type ConfigReading = { config: KioskConfig; warnings: ConfigWarning[]; source: ConfigSource };

export const CONFIG_FILE_NAME = 'config.json';

export class ConfigStore {
  readonly file: string;
  readonly lastGoodFile: string;

  constructor(
    dataDirectory: string,
    /** The languages the active content ships (they change when a content pack is installed). */
    private readonly shippedLanguages: () => readonly string[],
    private readonly log: Logger,
  ) {
    this.file = path.join(dataDirectory, CONFIG_FILE_NAME);
    this.lastGoodFile = `${this.file}.last-good`;
  }

  read(): ConfigReading {
    const main = this.parse(this.file);
    if (main.kind === 'ok') return { ...sanitizeConfig(main.value, this.shippedLanguages()), source: 'file' };

    const backup = this.parse(this.lastGoodFile);
    if (main.kind === 'missing' && backup.kind === 'missing') {
      return { config: { ...DEFAULT_CONFIG }, warnings: [], source: 'defaults' };
    }
    const problem: ConfigWarning = {
      field: '*',
      message:
        main.kind === 'missing'
          ? 'The settings file is missing.'
          : `The settings file could not be read (${main.reason}).`,
    };
    if (backup.kind === 'ok') {
      this.log.warn('config', `${problem.message} Using the last good copy.`);
      const sanitized = sanitizeConfig(backup.value, this.shippedLanguages());
      return {
        config: sanitized.config,
        warnings: [{ ...problem, message: `${problem.message} The last good copy is used.` }, ...sanitized.warnings],
        source: 'last-good-copy',
      };
    }
    this.log.warn('config', `${problem.message} Using defaults.`);
    return {
      config: { ...DEFAULT_CONFIG },
      warnings: [{ ...problem, message: `${problem.message} Defaults are used.` }],
      source: 'defaults',
    };
  }

  /**
   * Saves a complete, valid config. The current file, if it is valid, first becomes the last good
   * copy, so a crash during the write still leaves one readable version.
   */
  write(config: KioskConfig): void {
    const { config: clean, warnings } = sanitizeConfig(config, this.shippedLanguages());
    if (warnings.length > 0) throw new Error(`Refusing to save invalid settings: ${warnings[0]?.message}`);
    const current = this.parse(this.file);
    if (current.kind === 'ok') writeFileAtomic(this.lastGoodFile, `${JSON.stringify(current.value, null, 2)}\n`);
    writeFileAtomic(this.file, `${JSON.stringify(clean, null, 2)}\n`);
  }

  private parse(file: string): { kind: 'ok'; value: unknown } | { kind: 'missing' } | { kind: 'bad'; reason: string } {
    let text: string | undefined;
    try {
      text = readFileIfExists(file);
    } catch (error) {
      return { kind: 'bad', reason: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
    }
    if (text === undefined) return { kind: 'missing' };
    try {
      return { kind: 'ok', value: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'bad', reason: 'not valid JSON' };
    }
  }
}
