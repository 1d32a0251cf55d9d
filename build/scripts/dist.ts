/**
 * `npm run dist`: the installers for the machine it runs on (Linux: AppImage and deb; Windows:
 * NSIS), in release/. Needs network the first time: electron-builder downloads Electron and its
 * packaging tools. `npm run dist -- --dir` makes only the unpacked app (release/<platform>-unpacked);
 * with HJELPEPUNKT_ELECTRON_DIST=<an unpacked Electron> it needs no download at all.
 */
import { build, Platform } from 'electron-builder';
import { releaseConfig } from '../packaging/release-config';

const platform = process.platform === 'win32' ? Platform.WINDOWS : process.platform === 'darwin' ? Platform.MAC : Platform.LINUX;
const onlyDirectory = process.argv.includes('--dir');
const electronDist = process.env.HJELPEPUNKT_ELECTRON_DIST;

await build({
  targets: onlyDirectory ? platform.createTarget('dir') : platform.createTarget(),
  config: releaseConfig({ electronDist }),
});
