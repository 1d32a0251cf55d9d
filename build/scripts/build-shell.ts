/**
 * Bundles the Electron main process and the preload into dist/electron (CommonJS, as Electron
 * loads them; a sandboxed preload must be a single file, as it can require only `electron`), and
 * puts beside them the fonts the shell embeds in slips (dist/fonts). The content comes as the built-in content
 * pack (build-content.ts, dist/content).
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { BUILT_FONTS, PROJECT_ROOT } from '../../electron/services/project-paths';

const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked' as const,
  logLevel: 'warning' as const,
};

await build({
  ...common,
  entryPoints: [path.join(PROJECT_ROOT, 'electron/main/index.ts')],
  outfile: path.join(PROJECT_ROOT, 'dist/electron/main.cjs'),
});
await build({
  ...common,
  entryPoints: [path.join(PROJECT_ROOT, 'electron/preload/index.ts')],
  outfile: path.join(PROJECT_ROOT, 'dist/electron/preload.cjs'),
});

fs.rmSync(BUILT_FONTS, { recursive: true, force: true });
fs.cpSync(path.join(PROJECT_ROOT, 'renderer', 'generated', 'fonts'), path.join(BUILT_FONTS, 'fonts'), { recursive: true });
fs.copyFileSync(path.join(PROJECT_ROOT, 'renderer', 'generated', 'fonts.json'), path.join(BUILT_FONTS, 'fonts.json'));
