/**
 * The public keys a kiosk trusts for content packs, fixed into the app when it is built
 * (`dist/content/trusted-keys.json`, inside app.asar in a package): the content maintainers' keys
 * from `build/content-keys/*.pub`, and the one-off key the build signed the built-in content with
 * (its private half is thrown away at once). The app can trust several keys, so a key can be
 * rotated: see docs/content-packs.md.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import * as v from 'valibot';
import { keyIdOf, type TrustedKey } from './pack-signing';

const TrustedKeyFileSchema = v.strictObject({
  $comment: v.optional(v.string()),
  keys: v.array(v.strictObject({ label: v.pipe(v.string(), v.maxLength(200)), publicKey: v.pipe(v.string(), v.maxLength(2000)) })),
});

export function parseTrustedKeys(json: unknown): TrustedKey[] {
  return v.parse(TrustedKeyFileSchema, json).keys.map(({ label, publicKey }) => {
    const key = crypto.createPublicKey(publicKey);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`The trusted key "${label}" is not an Ed25519 key.`);
    return { keyId: keyIdOf(key), label, publicKey: key };
  });
}

export function readTrustedKeys(file: string): TrustedKey[] {
  return parseTrustedKeys(JSON.parse(fs.readFileSync(file, 'utf8')));
}
