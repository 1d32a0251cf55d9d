/**
 * Content packs for tests: a signing key made for the test, packs built from the real content
 * (or a changed copy of it), and a built-in pack with the trusted-keys file a host reads. Every
 * file goes into a folder the caller removes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readContentDirectory, type ContentFiles } from '../../electron/services/content/content-files';
import { buildPack, keyIdOf, type TrustedKey } from '../../electron/services/content/packs/pack-signing';
import { LOCALES, projectVersion } from '../../electron/services/project-paths';

export type TestKey = { privateKey: crypto.KeyObject; publicKeyPem: string; trusted: TrustedKey };

export function testKey(label = 'test key'): TestKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return { privateKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), trusted: { keyId: keyIdOf(publicKey), label, publicKey } };
}

/** The real content of locales/, read once. */
export const REAL_CONTENT: ContentFiles = readContentDirectory(LOCALES);

/** The real content with some files replaced (a changed number, a broken file…). */
export function contentWith(changes: Record<string, string | Uint8Array | undefined>): Map<string, Uint8Array> {
  const files = new Map(REAL_CONTENT);
  for (const [name, data] of Object.entries(changes)) {
    if (data === undefined) files.delete(name);
    else files.set(name, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  }
  return files;
}

/** contacts.json with one contact's first number changed (display and dial). */
export function contactsWithNumber(id: string, display: string): string {
  const registry = JSON.parse(Buffer.from(REAL_CONTENT.get('contacts.json') ?? []).toString('utf8')) as { contacts: { id: string; phones: { display: string; dial: string }[] }[] };
  const contact = registry.contacts.find((candidate) => candidate.id === id);
  if (!contact?.phones[0]) throw new Error(`no number for ${id}`);
  contact.phones[0] = { display, dial: display.replaceAll(' ', '') };
  return `${JSON.stringify(registry, null, 2)}\n`;
}

export function writePack(file: string, key: TestKey, options: { version: number; files?: ContentFiles; minAppVersion?: string }): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buildPack(options.files ?? REAL_CONTENT, { privateKey: key.privateKey, version: options.version, minAppVersion: options.minAppVersion ?? projectVersion() }));
  return file;
}

/** A built-in pack (version 0) of the real content (or the files given) and a trusted-keys file, as the build makes them. */
export function builtInContent(directory: string, extraKeys: TestKey[] = [], files: ContentFiles = REAL_CONTENT): { builtinPack: string; trustedKeysFile: string; key: TestKey } {
  const key = testKey('built-in (test)');
  const builtinPack = writePack(path.join(directory, 'builtin.hjpack'), key, { version: 0, files });
  const trustedKeysFile = path.join(directory, 'trusted-keys.json');
  fs.writeFileSync(trustedKeysFile, JSON.stringify({ keys: [key, ...extraKeys].map((trusted) => ({ label: trusted.trusted.label, publicKey: trusted.publicKeyPem })) }));
  return { builtinPack, trustedKeysFile, key };
}
