/**
 * `npm run pack:verify -- FILE [--key PUBLIC_KEY]`: verifies a content pack as a kiosk would (the
 * signature, every file's hash, the app version, the content checks) against the given public key,
 * or the keys in build/content-keys/. Exit 0 with a summary when valid; non-zero with the reason
 * when not.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../../electron/services/content/content-checks';
import { REFUSAL_TEXT } from '../../electron/services/content/packs/pack-format';
import { verifyPack } from '../../electron/services/content/packs/pack-signing';
import { parseTrustedKeys } from '../../electron/services/content/packs/trusted-keys';
import { projectVersion } from '../../electron/services/project-paths';
import { maintainerKeys } from '../content/pack-keys';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { key: { type: 'string' } } });
const [file] = positionals;
if (!file) {
  console.error('Usage: npm run pack:verify -- FILE [--key PUBLIC_KEY]');
  process.exit(2);
}
const keys = parseTrustedKeys({ keys: values.key ? [{ label: values.key, publicKey: fs.readFileSync(values.key, 'utf8') }] : maintainerKeys() });
if (keys.length === 0) {
  console.error('No key to verify with: give --key PUBLIC_KEY, or add the public key to build/content-keys/.');
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = fs.readFileSync(file);
} catch {
  console.error(`Refused: ${REFUSAL_TEXT.unreadable}`);
  process.exit(1);
}
const verified = verifyPack(bytes, { trustedKeys: keys, appVersion: projectVersion() });
if (!verified.ok) {
  console.error(`Refused: ${REFUSAL_TEXT[verified.refusal.code]}${verified.refusal.detail ? ` (${verified.refusal.detail})` : ''}`);
  process.exit(1);
}
const problems = checkContent(verified.files);
if (problems.length > 0) {
  console.error(`Refused: ${REFUSAL_TEXT['content-invalid']}\n${problems.slice(0, 20).map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
const { manifest } = verified;
console.log(`Valid content pack: version ${manifest.version}, created ${manifest.created}, for app ${manifest.minAppVersion} or newer.`);
console.log(`Signed by ${verified.keyLabel} (key ${verified.keyId}); ${verified.files.size} files, every hash matches; the content checks pass.`);
