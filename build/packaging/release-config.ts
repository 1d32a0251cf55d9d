/**
 * The electron-builder configuration of the kiosk's installers (Linux AppImage and deb, Windows
 * NSIS). Kept as a typed function so `npm run dist` and the packaging test build from the very same
 * settings; the test only swaps in a stand-in Electron and the `dir` target.
 */
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { afterPack } from './after-pack';

export const APP_ID = 'no.hjelpepunkt.kiosk';
export const PRODUCT_NAME = 'Hjelpepunkt';

/**
 * The app inside app.asar is the build output only: the bundled shell, the built UI, and the
 * built-in content pack with the keys the app trusts, and the fonts slips embed. No sources, tests, translators' notes, source maps or
 * node_modules (main.cjs and preload.cjs are complete bundles: nothing is required at run time).
 */
export const APP_FILES = [
  'package.json',
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/**/*',
  'dist/content/**/*',
  'dist/fonts/**/*',
  '!**/*.map',
  '!**/node_modules{,/**/*}',
];

export type ReleaseOptions = {
  /** Where the packages go (default: release/). */
  outputDirectory?: string;
  /** An unpacked Electron to use instead of downloading one (offline builds and tests). */
  electronDist?: string;
};

export function releaseConfig(options: ReleaseOptions = {}): Configuration {
  const icons = path.join(PROJECT_ROOT, 'build', 'packaging', 'icons');
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Hjelpepunkt contributors, GPL-3.0-or-later',
    directories: {
      output: options.outputDirectory ?? path.join(PROJECT_ROOT, 'release'),
      buildResources: path.join(PROJECT_ROOT, 'build', 'packaging'),
    },
    files: APP_FILES,
    asar: true,
    // Nothing native to rebuild, and no network here for node-gyp headers.
    npmRebuild: false,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    ...(options.electronDist ? { electronDist: options.electronDist } : {}),
    // Electron's own locale packs and licences stay; the app's licence is the GPL (LICENSE).
    extraResources: [{ from: path.join(PROJECT_ROOT, 'LICENSE'), to: 'LICENSE' }],
    afterPack,
    linux: {
      target: ['AppImage', 'deb'],
      icon: icons,
      category: 'Utility',
      executableName: 'hjelpepunkt',
      maintainer: 'Hjelpepunkt maintainers',
      synopsis: 'Offline information kiosk',
    },
    deb: {
      // Installed under /opt/Hjelpepunkt, owned by root: the kiosk user can read it, not change it.
      packageCategory: 'utils',
    },
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: path.join(icons, 'icon.ico'),
    },
    nsis: {
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: false,
      // The kiosk is started by Shell Launcher, not by a desktop user.
      createDesktopShortcut: false,
      runAfterFinish: false,
      license: path.join(PROJECT_ROOT, 'LICENSE'),
    },
    publish: null,
  };
}
