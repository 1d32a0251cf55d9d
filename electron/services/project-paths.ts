/**
 * Paths of the built app inside a checkout, for the Node-side tools (serve, start, tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_BUNDLE = path.join(PROJECT_ROOT, 'dist', 'renderer');
export const SHELL_MAIN = path.join(PROJECT_ROOT, 'dist', 'electron', 'main.cjs');

export function projectVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
