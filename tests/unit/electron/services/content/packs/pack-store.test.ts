/**
 * Installing content packs, as staff and the watch folder do: every refusal (each with a pack the
 * test makes), the running content left untouched by a refusal, a crash in the middle of the swap,
 * rollback on purpose, and a changed byte in the active pack at start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../../../electron/services/log';
import { ContentPackStore } from '../../../../../../electron/services/content/packs/pack-store';
import { builtInContent, contactsWithNumber, contentWith, testKey, writePack, type TestKey } from '../../../../../support/content-packs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-packs-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const maintainer = testKey('content maintainer');
const stranger = testKey('someone else');
const builtIn = builtInContent(path.join(work, 'app'), [maintainer]);
/** ROSA's number as a pack changes it, so a test can tell which content is showing. */
const NEW_ROSA = '22 33 11 99';

let kiosks = 0;
function kiosk(options: { beforeSwitch?: () => void; dataDirectory?: string } = {}) {
  const dataDirectory = options.dataDirectory ?? path.join(work, `kiosk-${(kiosks += 1)}`);
  const store = new ContentPackStore({
    dataDirectory,
    builtinPack: builtIn.builtinPack,
    trustedKeys: [builtIn.key.trusted, maintainer.trusted],
    appVersion: '0.1.0',
    log: createMemoryLogger(),
    beforeSwitch: options.beforeSwitch,
  });
  return { store, dataDirectory };
}
const rosa = (store: ContentPackStore) => store.content().contacts.find((contact) => contact.id === 'rosa')?.phones[0]?.display;

let packs = 0;
function pack(options: { version: number; key?: TestKey; files?: Map<string, Uint8Array>; minAppVersion?: string }): string {
  return writePack(path.join(work, 'usb', `pack-${(packs += 1)}.hjpack`), options.key ?? maintainer, {
    version: options.version,
    files: options.files ?? contentWith({ 'contacts.json': contactsWithNumber('rosa', NEW_ROSA) }),
    minAppVersion: options.minAppVersion,
  });
}
/** A valid pack, then changed as an attacker or a broken copy would change it. */
function tampered(change: (container: { manifest: string; signature: { value: string }; files: Record<string, string> }) => void): string {
  const file = pack({ version: 5 });
  const container = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(container);
  fs.writeFileSync(file, JSON.stringify(container));
  return file;
}

describe('a kiosk with only its built-in content', () => {
  it('shows the built-in pack, version 0, and has nothing to roll back to', () => {
    const { store } = kiosk();
    expect(store.status()).toMatchObject({ active: { version: 0, origin: 'built-in' }, previous: undefined, fault: undefined });
    expect(rosa(store)).toBe('22 33 11 60');
    expect(store.rollback()).toMatchObject({ ok: false });
  });
});

describe('installing a pack', () => {
  it('installs a newer valid pack: its numbers are shown at once and after a restart', () => {
    const { store, dataDirectory } = kiosk();
    expect(store.install(pack({ version: 7 }))).toMatchObject({ ok: true, info: { version: 7, origin: 'imported', keyLabel: 'content maintainer' } });
    expect(rosa(store)).toBe(NEW_ROSA);
    expect(rosa(kiosk({ dataDirectory }).store)).toBe(NEW_ROSA);
  });

  it.each<[string, () => string, string]>([
    ['a file changed after signing', () => tampered((container) => (container.files['contacts.json'] = Buffer.from(contactsWithNumber('rosa', '99 99 99 99')).toString('base64'))), 'altered-file'],
    ['a manifest changed after signing (a new hash for a changed file)', () => tampered((container) => (container.manifest = container.manifest.replace('"version":5', '"version":50'))), 'bad-signature'],
    ['a truncated signature', () => tampered((container) => (container.signature.value = container.signature.value.slice(0, 40))), 'bad-signature'],
    ['a file missing', () => tampered((container) => delete container.files['en.json']), 'missing-file'],
    ['an extra file', () => tampered((container) => (container.files['extra.json'] = Buffer.from('{}').toString('base64'))), 'extra-file'],
    ['a key this kiosk does not trust', () => pack({ version: 5, key: stranger }), 'unknown-key'],
    ['a lower version than the content in use', () => pack({ version: 3 }), 'not-newer'],
    ['the same version as the content in use', () => pack({ version: 4 }), 'not-newer'],
    ['a pack for a newer app', () => pack({ version: 5, minAppVersion: '0.2.0' }), 'needs-newer-app'],
    ['content that breaks its schema', () => pack({ version: 5, files: contentWith({ 'topics.json': '{"topics": "none"}' }) }), 'content-invalid'],
    ['content that fails the content checks (a number written into a translation)', () => pack({ version: 5, files: contentWith({ 'ro.json': contentWithRomanianNumber() }) }), 'content-invalid'],
    ['a file that is not a pack at all', () => writeFile('not-a-pack.hjpack', 'PK\u0003\u0004 a zip, perhaps'), 'not-a-pack'],
    ['a file larger than any pack', () => writeHuge(), 'too-large'],
    ['a file that is not there', () => path.join(work, 'usb', 'gone.hjpack'), 'unreadable'],
  ])('refuses %s, and the running content stays as it was', (_name, makeFile, code) => {
    const { store } = kiosk();
    expect(store.install(pack({ version: 4, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', '22 33 11 44') }) }))).toMatchObject({ ok: true });
    const before = store.status();
    const result = store.install(makeFile());
    expect(result).toMatchObject({ ok: false, refusal: { code } });
    expect(store.status()).toEqual(before);
    expect(rosa(store)).toBe('22 33 11 44');
  });

  it('leaves the old pack active when the kiosk stops in the middle of the swap', () => {
    const { store, dataDirectory } = kiosk();
    store.install(pack({ version: 4 }));
    const crashing = kiosk({ dataDirectory, beforeSwitch: () => { throw new Error('power cut'); } }).store;
    expect(() => crashing.install(pack({ version: 9, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', '22 33 11 77') }) }))).toThrow('power cut');
    const restarted = kiosk({ dataDirectory }).store;
    expect(restarted.status()).toMatchObject({ active: { version: 4 }, fault: undefined });
    expect(rosa(restarted)).toBe(NEW_ROSA);
  });
});

describe('rolling back on purpose', () => {
  it('goes back to the previous pack (or the built-in content), and forward again', () => {
    const { store, dataDirectory } = kiosk();
    store.install(pack({ version: 4, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', '22 33 11 44') }) }));
    store.install(pack({ version: 6 }));
    expect(store.status()).toMatchObject({ active: { version: 6 }, previous: { version: 4 } });
    expect(store.rollback()).toMatchObject({ ok: true, info: { version: 4 } });
    expect(rosa(store)).toBe('22 33 11 44');
    expect(rosa(kiosk({ dataDirectory }).store)).toBe('22 33 11 44');
    // Rolling back does not lower the bar for what may be installed.
    expect(store.install(pack({ version: 5 }))).toMatchObject({ ok: false, refusal: { code: 'not-newer' } });
    expect(store.rollback()).toMatchObject({ ok: true, info: { version: 6 } });
    expect(rosa(store)).toBe(NEW_ROSA);
  });
});

describe('a changed byte in the active pack at start', () => {
  it('falls back to the previous good pack, says so, and still shows the numbers', () => {
    const { store, dataDirectory } = kiosk();
    store.install(pack({ version: 4, files: contentWith({ 'contacts.json': contactsWithNumber('rosa', '22 33 11 44') }) }));
    store.install(pack({ version: 6 }));
    flipAByte(path.join(dataDirectory, 'content-packs', 'pack-6.hjpack'));
    const restarted = kiosk({ dataDirectory }).store;
    expect(restarted.status()).toMatchObject({ active: { version: 4 }, fault: expect.stringContaining('failed verification') });
    expect(rosa(restarted)).toBe('22 33 11 44');
  });

  it('falls back to the built-in content when no installed pack verifies', () => {
    const { store, dataDirectory } = kiosk();
    store.install(pack({ version: 6 }));
    flipAByte(path.join(dataDirectory, 'content-packs', 'pack-6.hjpack'));
    const restarted = kiosk({ dataDirectory }).store;
    expect(restarted.status()).toMatchObject({ active: { version: 0, origin: 'built-in' }, fault: expect.stringContaining('built-in content is shown') });
    expect(rosa(restarted)).toBe('22 33 11 60');
  });

  it('refuses to start at all when the built-in content itself is damaged (a broken installation)', () => {
    const damaged = path.join(work, 'damaged-builtin.hjpack');
    fs.copyFileSync(builtIn.builtinPack, damaged);
    flipAByte(damaged);
    expect(
      () => new ContentPackStore({ dataDirectory: path.join(work, 'x'), builtinPack: damaged, trustedKeys: [builtIn.key.trusted], appVersion: '0.1.0', log: createMemoryLogger() }),
    ).toThrow('The built-in content does not verify');
  });
});

/** Changes one character inside a base64 file body, as disk corruption or an edit would. */
function flipAByte(file: string): void {
  const container = JSON.parse(fs.readFileSync(file, 'utf8'));
  const body: string = container.files['contacts.json'];
  const index = body.indexOf('MjIgMzMgMTE');
  container.files['contacts.json'] = body.slice(0, index) + (body[index] === 'M' ? 'N' : 'M') + body.slice(index + 1);
  fs.writeFileSync(file, JSON.stringify(container));
}

function writeFile(name: string, text: string): string {
  const file = path.join(work, 'usb', name);
  fs.writeFileSync(file, text);
  return file;
}

function writeHuge(): string {
  const file = path.join(work, 'usb', 'huge.hjpack');
  fs.writeFileSync(file, '');
  fs.truncateSync(file, 64 * 1024 * 1024 + 1);
  return file;
}

function contentWithRomanianNumber(): string {
  const romanian = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../../../locales/ro.json'), 'utf8'));
  romanian.contacts.rosa.what = `${romanian.contacts.rosa.what} Sunați la 22 33 11 99.`;
  return JSON.stringify(romanian);
}
