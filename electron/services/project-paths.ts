/**
 * Paths of the built app inside a checkout, for the Node-side tools (serve, start, tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = path.join(PROJECT_ROOT, 'dist');
export const RENDERER_BUNDLE = path.join(DIST, 'renderer');
export const SHELL_MAIN = path.join(DIST, 'electron', 'main.cjs');
/** The content and fonts the shell prints slips from, copied next to the shell by the build. */
export const BUILT_LOCALES = path.join(DIST, 'locales');
export const BUILT_FONTS = path.join(DIST, 'fonts');
/** Where a WebHost finds everything `npm run build` made. */
export const BUILT_APP = { bundleRoot: RENDERER_BUNDLE, localesDirectory: BUILT_LOCALES, fontsDirectory: BUILT_FONTS };

export function projectVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
