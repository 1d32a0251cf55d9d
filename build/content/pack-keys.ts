/**
 * The content maintainers' public keys (build/content-keys/*.pub), as the trusted-keys file
 * lists them. Shared by the build (which fixes them into the app) and `npm run pack:verify`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

export const CONTENT_KEYS_DIRECTORY = path.join(PROJECT_ROOT, 'build', 'content-keys');

export function maintainerKeys(directory = CONTENT_KEYS_DIRECTORY): { label: string; publicKey: string }[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith('.pub'))
    .sort()
    .map((name) => ({ label: name.replace(/\.pub$/, ''), publicKey: fs.readFileSync(path.join(directory, name), 'utf8') }));
}
