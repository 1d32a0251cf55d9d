/**
 * A content pack: one file holding the kiosk's content (every file of `locales/` the kiosk reads)
 * and a signed manifest. The file is JSON:
 *
 *   { "format": "hjelpepunkt-content-pack/1",
 *     "manifest": "<the manifest, as the exact JSON text that was signed>",
 *     "signature": { "keyId": "<16 hex>", "value": "<Ed25519 signature of the manifest text, base64>" },
 *     "files": { "<path>": "<the file's bytes, base64>", … } }
 *
 * The signature covers the manifest's exact bytes (never a re-serialisation); the manifest names
 * every file with its SHA-256, so one changed byte anywhere fails verification.
 */
import * as v from 'valibot';
import type { PACK_REFUSAL_CODES } from '../../../shared/host-contract';

export const PACK_FORMAT = 'hjelpepunkt-content-pack/1';
export const PACK_FILE_EXTENSION = '.hjpack';
/** Far above today's content (about 1.5 MB), room for recorded audio; a bigger file is refused unread. */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

/** A relative path inside the pack: no "..", no absolute paths, no backslashes. */
const PackPathSchema = v.pipe(v.string(), v.maxLength(200), v.regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*(\/[a-zA-Z0-9][a-zA-Z0-9._-]*)*$/));
const KeyIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/));

export const PackContainerSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  manifest: v.pipe(v.string(), v.maxLength(1_000_000)),
  signature: v.strictObject({ keyId: KeyIdSchema, value: v.pipe(v.string(), v.base64()) }),
  files: v.record(PackPathSchema, v.pipe(v.string(), v.base64())),
});
export type PackContainer = v.InferOutput<typeof PackContainerSchema>;

export const PackManifestSchema = v.strictObject({
  /** Grows with every pack; the kiosk never goes back to a lower one by itself. The built-in content is 0. */
  version: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
  created: v.pipe(v.string(), v.isoTimestamp()),
  /** The oldest app that can show this content (e.g. "0.2.0"). */
  minAppVersion: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/)),
  files: v.record(PackPathSchema, v.strictObject({ sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)), bytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
});
export type PackManifest = v.InferOutput<typeof PackManifestSchema>;

/** Why a pack is refused. Each has a plain sentence for staff (staff.content.refused.<code>) and the CLI. */
export type PackRefusalCode = (typeof PACK_REFUSAL_CODES)[number];
export type PackRefusal = { code: PackRefusalCode; detail?: string };

/** The refusals in English, for the command-line tools and the log. */
export const REFUSAL_TEXT: Record<PackRefusalCode, string> = {
  unreadable: 'The file could not be read.',
  'too-large': 'The file is larger than a content pack can be.',
  'not-a-pack': 'The file is not a Hjelpepunkt content pack.',
  'unknown-key': 'The pack is signed with a key this kiosk does not trust.',
  'bad-signature': 'The signature does not match the pack: it was changed after signing, or the signature is damaged.',
  'missing-file': 'A file the manifest names is missing from the pack.',
  'extra-file': 'The pack holds a file its manifest does not name.',
  'altered-file': 'A file in the pack was changed after signing.',
  'needs-newer-app': 'The pack needs a newer version of the app.',
  'not-newer': 'The pack is not newer than the content this kiosk has (no going back to older numbers).',
  'content-invalid': 'The content fails the content checks.',
};

/** "0.10.2" > "0.9.9": numeric, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (pa[index] ?? 0) - (pb[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
