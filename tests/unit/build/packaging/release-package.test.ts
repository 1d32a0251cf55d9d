/**
 * Builds the release app with electron-builder's `dir` target, as `npm run dist` would, against a
 * stand-in Electron (the real one cannot be downloaded here), then checks what app.asar holds.
 * Offline because of `electronDist` (no Electron download), `npmRebuild: false` (no node-gyp) and
 * no native dependencies; the AppImage, deb and NSIS targets need downloaded tools and are left to
 * `npm run dist` on a machine with network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFuses, RELEASE_FUSES } from '../../../../build/packaging/fuses';
import { releaseConfig } from '../../../../build/packaging/release-config';
import { PROJECT_ROOT, SHELL_MAIN } from '../../../../electron/services/project-paths';
import { writeStandInElectronDist } from '../../../support/electron-stand-in';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-package-'));
const appOutDir = path.join(work, 'out', 'linux-unpacked');
let entries: string[] = [];

beforeAll(async () => {
  expect(fs.existsSync(SHELL_MAIN), 'run "npm run build" first: the package is made from dist/').toBe(true);
  const electronDist = writeStandInElectronDist(path.join(work, 'electron'));
  await build({
    projectDir: PROJECT_ROOT,
    targets: Platform.LINUX.createTarget('dir'),
    config: releaseConfig({ electronDist, outputDirectory: path.join(work, 'out') }),
  });
  entries = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the release package (electron-builder dir target)', () => {
  it('holds the built app: shell, preload, UI, the built-in content pack with the trusted keys, and fonts', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/dist/content/builtin.hjpack',
        '/dist/content/trusted-keys.json',
        '/dist/fonts/fonts.json',
      ]),
    );
    expect(entries.some((entry) => /^\/dist\/fonts\/fonts\/.+\.woff2$/.test(entry))).toBe(true);
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('holds nothing else: no tests, sources, source maps, dependencies or translators’ notes', () => {
    const unwanted = entries.filter(
      (entry) =>
        /^\/(tests|electron|renderer|build|locales|node_modules)(\/|$)/.test(entry) ||
        /\/node_modules\//.test(entry) ||
        /\.(ts|map|svelte)$/.test(entry) ||
        entry.startsWith('/dist/locales'),
    );
    expect(unwanted).toEqual([]);
  });

  it('ships the licence, names the executable, and sets the release fuses', async () => {
    expect(fs.readFileSync(path.join(appOutDir, 'resources', 'LICENSE'), 'utf8')).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(manifest.license).toBe('GPL-3.0-or-later');
    expect(await readFuses(path.join(appOutDir, 'hjelpepunkt'))).toEqual(RELEASE_FUSES);
  });
});
