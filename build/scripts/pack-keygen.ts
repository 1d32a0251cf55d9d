/**
 * `npm run pack:keygen -- --out DIR [--name LABEL]`: makes a new Ed25519 signing key for content
 * packs: DIR/<label>.key (the private key: keep it offline, readable only by you) and
 * DIR/<label>.pub (the public key: add it to build/content-keys/ so the next app release trusts it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSigningKey } from '../../electron/services/content/packs/pack-signing';

const { values } = parseArgs({ options: { out: { type: 'string' }, name: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npm run pack:keygen -- --out DIR [--name LABEL]');
  process.exit(2);
}
const key = generateSigningKey();
const label = values.name ?? `hjelpepunkt-content-${key.keyId}`;
if (!/^[A-Za-z0-9._-]+$/.test(label)) {
  console.error('--name may hold letters, digits, dots, dashes and underscores only.');
  process.exit(2);
}
fs.mkdirSync(values.out, { recursive: true });
const privateFile = path.join(values.out, `${label}.key`);
const publicFile = path.join(values.out, `${label}.pub`);
if (fs.existsSync(privateFile) || fs.existsSync(publicFile)) {
  console.error(`${privateFile} or ${publicFile} already exists; choose another --name or folder.`);
  process.exit(1);
}
fs.writeFileSync(privateFile, key.privateKeyPem, { mode: 0o600 });
fs.writeFileSync(publicFile, key.publicKeyPem);
console.log(`Key ${key.keyId}:\n  private: ${privateFile} (keep it offline; never commit it)\n  public:  ${publicFile} (copy it into build/content-keys/ for the next release)`);
