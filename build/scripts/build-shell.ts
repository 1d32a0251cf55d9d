/**
 * Bundles the Electron main process and the preload into dist/electron (CommonJS, as Electron
 * loads them). The preload must be a single file: a sandboxed preload can require only `electron`.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

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
