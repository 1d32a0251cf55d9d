/**
 * Building and verifying content packs with Ed25519 (Node's crypto). Verification checks, in
 * order: size, shape, a trusted key, the signature over the manifest's exact bytes, the app
 * version, and every file against the manifest (none missing, none extra, none altered). Any
 * failure is a refusal with a reason; nothing of a refused pack is used.
 */
import crypto, { type KeyObject } from 'node:crypto';
import * as v from 'valibot';
import type { ContentFiles } from '../content-files';
import {
  compareVersions,
  MAX_PACK_BYTES,
  PACK_FORMAT,
  PackContainerSchema,
  PackManifestSchema,
  type PackManifest,
  type PackRefusal,
} from './pack-format';

export type TrustedKey = { keyId: string; label: string; publicKey: KeyObject };

/** A key's id: the first 16 hex digits of the SHA-256 of its public key (SPKI, DER). */
export function keyIdOf(publicKey: KeyObject): string {
  return crypto.createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string; keyId: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

export function buildPack(files: ContentFiles, options: { privateKey: KeyObject; version: number; minAppVersion: string; created?: Date }): Buffer {
  const manifest: PackManifest = {
    version: options.version,
    created: (options.created ?? new Date()).toISOString(),
    minAppVersion: options.minAppVersion,
    files: Object.fromEntries([...files].map(([name, bytes]) => [name, { sha256: sha256(bytes), bytes: bytes.length }])),
  };
  const manifestText = JSON.stringify(manifest);
  const publicKey = crypto.createPublicKey(options.privateKey);
  const container = {
    format: PACK_FORMAT,
    manifest: manifestText,
    signature: { keyId: keyIdOf(publicKey), value: crypto.sign(null, Buffer.from(manifestText, 'utf8'), options.privateKey).toString('base64') },
    files: Object.fromEntries([...files].map(([name, bytes]) => [name, Buffer.from(bytes).toString('base64')])),
  };
  return Buffer.from(`${JSON.stringify(container)}\n`, 'utf8');
}

export type VerifiedPack = { ok: true; manifest: PackManifest; files: Map<string, Uint8Array>; keyId: string; keyLabel: string };
export type PackVerification = VerifiedPack | { ok: false; refusal: PackRefusal };

const refuse = (code: PackRefusal['code'], detail?: string): PackVerification => ({ ok: false, refusal: detail ? { code, detail } : { code } });

export function verifyPack(bytes: Uint8Array, options: { trustedKeys: readonly TrustedKey[]; appVersion: string; maxBytes?: number }): PackVerification {
  if (bytes.length > (options.maxBytes ?? MAX_PACK_BYTES)) return refuse('too-large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return refuse('not-a-pack');
  }
  const container = v.safeParse(PackContainerSchema, parsed);
  if (!container.success) return refuse('not-a-pack');
  const { manifest: manifestText, signature, files: encoded } = container.output;

  const key = options.trustedKeys.find((candidate) => candidate.keyId === signature.keyId);
  if (!key) return refuse('unknown-key', signature.keyId);
  if (!signatureMatches(manifestText, key.publicKey, signature.value)) return refuse('bad-signature');

  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(manifestText);
  } catch {
    return refuse('not-a-pack');
  }
  const manifest = v.safeParse(PackManifestSchema, manifestJson);
  if (!manifest.success) return refuse('not-a-pack');
  if (compareVersions(manifest.output.minAppVersion, options.appVersion) > 0) return refuse('needs-newer-app', `${manifest.output.minAppVersion} > ${options.appVersion}`);

  const files = new Map<string, Uint8Array>();
  for (const [name, expected] of Object.entries(manifest.output.files)) {
    const data = encoded[name];
    if (data === undefined) return refuse('missing-file', name);
    const decoded = Buffer.from(data, 'base64');
    if (decoded.length !== expected.bytes || sha256(decoded) !== expected.sha256) return refuse('altered-file', name);
    files.set(name, decoded);
  }
  const extra = Object.keys(encoded).find((name) => !(name in manifest.output.files));
  if (extra) return refuse('extra-file', extra);
  return { ok: true, manifest: manifest.output, files, keyId: key.keyId, keyLabel: key.label };
}

/** A truncated or malformed signature throws inside crypto.verify: that is a mismatch, not a crash. */
function signatureMatches(manifestText: string, publicKey: KeyObject, signature: string): boolean {
  try {
    return crypto.verify(null, Buffer.from(manifestText, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** What a pack says about itself, read without trusting it (to list packs before importing one). */
export function peekManifest(bytes: Uint8Array): PackManifest | undefined {
  try {
    const container = v.parse(PackContainerSchema, JSON.parse(Buffer.from(bytes).toString('utf8')));
    return v.parse(PackManifestSchema, JSON.parse(container.manifest));
  } catch {
    return undefined;
  }
}
