/**
 * `npm run build:content`: checks `locales/` with the content checks (the build stops on any
 * problem), then builds the content that ships inside the app as a content pack of the lowest
 * version (0), signed with a one-off key made for this build whose private half is never written
 * anywhere. The app trusts that key and the maintainers' keys in build/content-keys/, and nothing
 * else (dist/content/trusted-keys.json).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { checkContent } from '../../electron/services/content/content-checks';
import { readContentDirectory } from '../../electron/services/content/content-files';
import { buildPack } from '../../electron/services/content/packs/pack-signing';
import { BUILT_CONTENT, BUILTIN_PACK, LOCALES, projectVersion, TRUSTED_KEYS } from '../../electron/services/project-paths';
import { maintainerKeys } from '../content/pack-keys';

const files = readContentDirectory(LOCALES);
const problems = checkContent(files);
if (problems.length > 0) {
  console.error(`The content in locales/ fails ${problems.length} check(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
fs.rmSync(BUILT_CONTENT, { recursive: true, force: true });
fs.mkdirSync(BUILT_CONTENT, { recursive: true });
fs.writeFileSync(BUILTIN_PACK, buildPack(files, { privateKey, version: 0, minAppVersion: projectVersion() }));
const trusted = {
  $comment: 'The public keys this build of the app trusts for content packs (build/scripts/build-content.ts).',
  keys: [...maintainerKeys(), { label: 'Built-in content of this build', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
};
fs.writeFileSync(TRUSTED_KEYS, `${JSON.stringify(trusted, null, 2)}\n`);
console.log(`Content: ${files.size} files checked and packed as the built-in content; ${trusted.keys.length} trusted key(s).`);
