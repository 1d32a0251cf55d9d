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
/** The source content (what a content pack is built from). */
export const LOCALES = path.join(PROJECT_ROOT, 'locales');
/** The built-in content pack and the keys the app trusts, made by the build (build/scripts/build-content.ts). */
export const BUILT_CONTENT = path.join(DIST, 'content');
export const BUILTIN_PACK = path.join(BUILT_CONTENT, 'builtin.hjpack');
export const TRUSTED_KEYS = path.join(BUILT_CONTENT, 'trusted-keys.json');
/** The fonts build:fonts gathers (renderer/generated), and the copy the shell embeds in slips from. */
export const GENERATED_FONTS = path.join(PROJECT_ROOT, 'renderer', 'generated');
export const BUILT_FONTS = path.join(DIST, 'fonts');
/** Where a WebHost finds everything `npm run build` made. */
export const BUILT_APP = {
  bundleRoot: RENDERER_BUNDLE,
  builtinPack: BUILTIN_PACK,
  trustedKeysFile: TRUSTED_KEYS,
  fontsDirectory: BUILT_FONTS,
  version: projectVersion(),
};

export function projectVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
