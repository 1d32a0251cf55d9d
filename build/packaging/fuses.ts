/**
 * Electron's fuses for the release build: switches compiled into the Electron binary that no
 * command-line flag or environment variable can turn back on. Set once, after packaging and before
 * signing, by electron-builder's afterPack hook (after-pack.ts).
 */
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { RELEASE_FUSES, type ReleaseFuseName } from '../../electron/policy/release-fuses';

export { RELEASE_FUSES };

type FuseName = ReleaseFuseName;

/** The Electron executable electron-builder produced, where the fuse wire lives. */
export function packagedExecutable(context: { appOutDir: string; electronPlatformName: string; executableName: string; productFilename: string }): string {
  switch (context.electronPlatformName) {
    case 'win32':
      return path.join(context.appOutDir, `${context.productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${context.productFilename}.app`);
    case 'linux':
      return path.join(context.appOutDir, context.executableName);
    default:
      throw new Error(`No fuse step for platform "${context.electronPlatformName}"`);
  }
}

/**
 * Flips every release fuse. Fails (and so fails the build) if the binary has no fuse wire or one
 * too short for a fuse we set, rather than shipping an unfused kiosk.
 */
export async function setReleaseFuses(executable: string): Promise<void> {
  const config: Partial<Record<FuseV1Options, boolean>> = {};
  for (const [name, value] of Object.entries(RELEASE_FUSES)) config[FuseV1Options[name as FuseName]] = value;
  await flipFuses(executable, { version: FuseVersion.V1, resetAdHocDarwinSignature: process.platform === 'darwin', ...config });
}

/** The fuses as the binary has them: true (on), false (off), or null (removed or unknown). */
export async function readFuses(executable: string): Promise<Record<FuseName, boolean | null>> {
  const wire = (await getCurrentFuseWire(executable)) as Record<string, unknown>;
  const state = (name: FuseName): boolean | null => {
    const value = wire[FuseV1Options[name]];
    return value === 0x31 ? true : value === 0x30 ? false : null;
  };
  return Object.fromEntries(Object.keys(RELEASE_FUSES).map((name) => [name, state(name as FuseName)])) as Record<FuseName, boolean | null>;
}
