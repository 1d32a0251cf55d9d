/**
 * `npm run pack:build -- --key PRIVATE_KEY --out FILE [--version N] [--min-app-version X.Y.Z]`:
 * runs the content checks on locales/ and, only if they pass, signs a content pack of it. The
 * version must grow with every pack (kiosks refuse anything not newer than what they have); by
 * default it is the current UTC time as YYYYMMDDHHmm, which grows by itself. Lists every contact
 * checked more than 12 months ago, so stale facts are seen before they ship.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../../electron/services/content/content-checks';
import { readContentDirectory } from '../../electron/services/content/content-files';
import { loadContent } from '../../electron/services/content/content-store';
import { buildPack, keyIdOf } from '../../electron/services/content/packs/pack-signing';
import { LOCALES, projectVersion } from '../../electron/services/project-paths';
import { staleContacts } from '../../electron/shared/content-schema';

const { values } = parseArgs({
  options: { key: { type: 'string' }, out: { type: 'string' }, version: { type: 'string' }, 'min-app-version': { type: 'string' }, locales: { type: 'string' } },
});
if (!values.key || !values.out) {
  console.error('Usage: npm run pack:build -- --key PRIVATE_KEY --out FILE [--version N] [--min-app-version X.Y.Z]');
  process.exit(2);
}
const now = new Date();
const version = values.version === undefined ? Number(now.toISOString().replace(/\D/g, '').slice(0, 12)) : Number(values.version);
if (!Number.isSafeInteger(version) || version < 1) {
  console.error('--version must be a whole number of 1 or more, larger than every pack before it.');
  process.exit(2);
}
const minAppVersion = values['min-app-version'] ?? projectVersion();
if (!/^\d+\.\d+\.\d+$/.test(minAppVersion)) {
  console.error('--min-app-version must look like 1.2.3.');
  process.exit(2);
}
let privateKey: crypto.KeyObject;
try {
  privateKey = crypto.createPrivateKey(fs.readFileSync(values.key, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
} catch (error) {
  console.error(`The key could not be read: ${(error as Error).message}.`);
  process.exit(1);
}

// --locales is for tests of this command; content maintainers build from locales/.
const files = readContentDirectory(values.locales ?? LOCALES);
const problems = checkContent(files);
if (problems.length > 0) {
  console.error(`Not signed: the content fails ${problems.length} check(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
const stale = staleContacts(loadContent(files).contacts, now);
fs.writeFileSync(values.out, buildPack(files, { privateKey, version, minAppVersion, created: now }));
console.log(`Signed content pack version ${version} (key ${keyIdOf(crypto.createPublicKey(privateKey))}, for app ${minAppVersion} or newer): ${values.out}`);
console.log(`${files.size} files.`);
if (stale.length > 0) {
  console.log(`Checked more than 12 months ago — re-check these contacts: ${stale.map((contact) => `${contact.id} (${contact.verified})`).join(', ')}`);
} else console.log('Every contact was checked within the last 12 months.');
