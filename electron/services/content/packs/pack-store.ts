/**
 * The content packs a kiosk holds, in `<data folder>/content-packs/`: the active pack, the one
 * before it (for a deliberate rollback), and `state.json` naming them with the highest version
 * ever installed (no going back to older numbers by accident). The built-in pack ships inside the
 * app and is the floor: whenever the active pack fails verification (a changed byte on disk), the
 * kiosk falls back to the previous good pack or the built-in one, says so (`fault`), and keeps
 * showing the numbers.
 *
 * Installing is staged: the new pack is written and flushed under its own name first, and only
 * then does `state.json` switch to it (an atomic rename), so a crash at any moment leaves either
 * the old pack active or the new one, never a mix.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { readFileIfExists, writeFileAtomic } from '../../atomic-file';
import type { Logger } from '../../log';
import { checkContent } from '../content-checks';
import { loadContent, type Content } from '../content-store';
import { MAX_PACK_BYTES, PACK_FILE_EXTENSION, REFUSAL_TEXT, type PackRefusal } from './pack-format';
import { peekManifest, verifyPack, type TrustedKey, type VerifiedPack } from './pack-signing';

export type PackInfo = { version: number; created: string; keyId: string; keyLabel: string; origin: 'built-in' | 'imported' };
export type ContentPackStatus = {
  active: PackInfo;
  /** What a rollback would return to (the built-in content when nothing was installed before). */
  previous: PackInfo | undefined;
  /** Why the kiosk is not showing the pack it should (a pack failed verification at start). */
  fault: string | undefined;
};
export type InstallResult = { ok: true; info: PackInfo } | { ok: false; refusal: PackRefusal };

const StateSchema = v.strictObject({
  active: v.nullable(v.pipe(v.string(), v.regex(/^pack-\d+\.hjpack$/))),
  previous: v.nullable(v.pipe(v.string(), v.regex(/^pack-\d+\.hjpack$/))),
  highestVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
type StoreState = v.InferOutput<typeof StateSchema>;
const EMPTY_STATE: StoreState = { active: null, previous: null, highestVersion: 0 };

type Loaded = { content: Content; info: PackInfo };

export type ContentPackStoreOptions = {
  dataDirectory: string;
  /** The pack built into the app (dist/content/builtin.hjpack). */
  builtinPack: string;
  trustedKeys: readonly TrustedKey[];
  appVersion: string;
  log: Logger;
  /** For tests: runs after a new pack is written and before the kiosk switches to it. */
  beforeSwitch?: () => void;
};

export class ContentPackStore {
  readonly directory: string;
  private state: StoreState = EMPTY_STATE;
  private readonly builtin: Loaded;
  private loaded: Loaded;
  /** The pack shown now (null: the built-in content). */
  private activeName: string | null = null;
  /** What a rollback returns to: a pack, the built-in content (null), or nothing (undefined). */
  private rollbackTarget: { name: string | null; info: PackInfo } | undefined;
  private fault: string | undefined;

  constructor(private readonly options: ContentPackStoreOptions) {
    this.directory = path.join(options.dataDirectory, 'content-packs');
    const builtin = this.verifyFile(options.builtinPack, 'built-in');
    // The built-in pack is part of the app itself: if it fails, the installation is damaged.
    if (!builtin.ok) throw new Error(`The built-in content does not verify: ${REFUSAL_TEXT[builtin.refusal.code]}`);
    this.builtin = builtin.loaded;
    this.loaded = this.builtin;
    this.open();
  }

  /** The content to show and print from now. */
  content(): Content {
    return this.loaded.content;
  }

  status(): ContentPackStatus {
    return { active: this.loaded.info, previous: this.rollbackTarget?.info, fault: this.fault };
  }

  /** Verifies and installs a pack from a file, or says plainly why not; the running content stays untouched on refusal. */
  install(file: string): InstallResult {
    const refused = (refusal: PackRefusal): InstallResult => {
      this.options.log.warn('content', `refused a content pack: ${REFUSAL_TEXT[refusal.code]}`);
      return { ok: false, refusal };
    };
    const read = readPackFile(file);
    if (!read.ok) return refused(read.refusal);
    const verified = verifyPack(read.bytes, { trustedKeys: this.options.trustedKeys, appVersion: this.options.appVersion });
    if (!verified.ok) return refused(verified.refusal);
    const current = Math.max(this.state.highestVersion, this.loaded.info.version);
    if (verified.manifest.version <= current) return refused({ code: 'not-newer', detail: `${verified.manifest.version} ≤ ${current}` });
    const problems = checkContent(verified.files);
    if (problems.length > 0) return refused({ code: 'content-invalid', detail: problems.slice(0, 3).join(' · ') });

    const name = `pack-${verified.manifest.version}${PACK_FILE_EXTENSION}`;
    writeFileAtomic(path.join(this.directory, name), read.bytes);
    this.options.beforeSwitch?.();
    this.switchTo(name, { content: loadContent(verified.files), info: infoOf(verified, 'imported') }, verified.manifest.version);
    this.options.log.info('content', `installed content pack version ${verified.manifest.version}`);
    return { ok: true, info: this.loaded.info };
  }

  /** On purpose, by staff: back to the pack before this one (or the built-in content); again to return. */
  rollback(): InstallResult {
    const target = this.rollbackTarget;
    if (!target) return { ok: false, refusal: { code: 'not-newer', detail: 'there is no earlier content to go back to' } };
    const loaded = target.name === null ? { ok: true as const, loaded: this.builtin } : this.verifyFile(path.join(this.directory, target.name), 'imported');
    if (!loaded.ok) return { ok: false, refusal: loaded.refusal };
    this.switchTo(target.name, loaded.loaded, this.state.highestVersion);
    this.options.log.info('content', `rolled back to content version ${loaded.loaded.info.version}`);
    return { ok: true, info: this.loaded.info };
  }

  /** Records the switch (one atomic write of state.json), then shows the new content. */
  private switchTo(name: string | null, next: Loaded, highestVersion: number): void {
    const before = { name: this.activeName, info: this.loaded.info };
    this.state = { active: name, previous: before.name, highestVersion };
    writeFileAtomic(path.join(this.directory, 'state.json'), `${JSON.stringify(this.state, null, 2)}\n`);
    this.activeName = name;
    this.loaded = next;
    this.rollbackTarget = before;
    this.fault = undefined;
    this.removeUnreferencedPacks();
  }

  /** At start: the active pack if it verifies, else the previous good one, else the built-in content. */
  private open(): void {
    const stored = readState(path.join(this.directory, 'state.json'));
    if (!stored.ok) this.reportFault('The record of installed content packs is damaged; the built-in content is shown.');
    this.state = stored.ok ? stored.state : EMPTY_STATE;
    const active = this.state.active === null ? undefined : this.verifyFile(path.join(this.directory, this.state.active), 'imported');
    if (!active || active.ok) {
      if (active?.ok) {
        this.activeName = this.state.active;
        this.loaded = active.loaded;
        const previous = this.state.previous === null ? { ok: true as const, loaded: this.builtin } : this.verifyFile(path.join(this.directory, this.state.previous), 'imported');
        this.rollbackTarget = previous.ok ? { name: this.state.previous, info: previous.loaded.info } : undefined;
      }
      return;
    }
    // The active pack changed on disk (or cannot be read): fall back, say so, keep the numbers on screen.
    const previous = this.state.previous === null ? undefined : this.verifyFile(path.join(this.directory, this.state.previous), 'imported');
    if (previous?.ok) {
      this.activeName = this.state.previous;
      this.loaded = previous.loaded;
      this.rollbackTarget = { name: null, info: this.builtin.info };
      this.reportFault(`The active content pack failed verification (${REFUSAL_TEXT[active.refusal.code]}); the previous pack, version ${previous.loaded.info.version}, is shown.`);
    } else {
      this.reportFault(`The active content pack failed verification (${REFUSAL_TEXT[active.refusal.code]}); the built-in content is shown.`);
    }
  }

  private reportFault(message: string): void {
    this.fault = message;
    this.options.log.error('content', message);
  }

  private verifyFile(file: string, origin: PackInfo['origin']): { ok: true; loaded: Loaded } | { ok: false; refusal: PackRefusal } {
    const read = readPackFile(file);
    if (!read.ok) return read;
    const verified = verifyPack(read.bytes, { trustedKeys: this.options.trustedKeys, appVersion: this.options.appVersion });
    if (!verified.ok) return verified;
    try {
      return { ok: true, loaded: { content: loadContent(verified.files), info: infoOf(verified, origin) } };
    } catch (error) {
      return { ok: false, refusal: { code: 'content-invalid', detail: (error as Error).message } };
    }
  }

  private removeUnreferencedPacks(): void {
    const keep = new Set([this.state.active, this.state.previous]);
    for (const name of fs.readdirSync(this.directory)) {
      if (name.endsWith(PACK_FILE_EXTENSION) && !keep.has(name)) fs.rmSync(path.join(this.directory, name), { force: true });
    }
  }
}

function infoOf(verified: VerifiedPack, origin: PackInfo['origin']): PackInfo {
  return { version: verified.manifest.version, created: verified.manifest.created, keyId: verified.keyId, keyLabel: verified.keyLabel, origin };
}

function readPackFile(file: string): { ok: true; bytes: Buffer } | { ok: false; refusal: PackRefusal } {
  try {
    const stats = fs.statSync(file);
    if (!stats.isFile()) return { ok: false, refusal: { code: 'unreadable' } };
    // Checked before reading: a huge file must not fill the kiosk's memory.
    if (stats.size > MAX_PACK_BYTES) return { ok: false, refusal: { code: 'too-large' } };
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch {
    return { ok: false, refusal: { code: 'unreadable' } };
  }
}

function readState(file: string): { ok: true; state: StoreState } | { ok: false } {
  try {
    const text = readFileIfExists(file);
    if (text === undefined) return { ok: true, state: EMPTY_STATE };
    const parsed = v.safeParse(StateSchema, JSON.parse(text));
    return parsed.success ? { ok: true, state: parsed.output } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Packs in a folder (a USB stick, a synced folder), newest first, as they describe themselves (not yet verified). */
export function packsIn(folder: string): { file: string; version: number; created: string }[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => name.endsWith(PACK_FILE_EXTENSION));
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const file = path.join(folder, name);
      const read = readPackFile(file);
      const manifest = read.ok ? peekManifest(read.bytes) : undefined;
      return manifest ? [{ file, version: manifest.version, created: manifest.created }] : [];
    })
    .sort((a, b) => b.version - a.version);
}
