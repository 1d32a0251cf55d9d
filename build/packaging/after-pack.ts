/**
 * electron-builder's afterPack hook: sets the release fuses on the packaged Electron binary,
 * before any signing. The decisions are in fuses.ts.
 */
import type { AfterPackContext } from 'electron-builder';
import { packagedExecutable, readFuses, RELEASE_FUSES, setReleaseFuses } from './fuses';

export async function afterPack(context: AfterPackContext): Promise<void> {
  const packager = context.packager as AfterPackContext['packager'] & { executableName?: string };
  const executable = packagedExecutable({
    appOutDir: context.appOutDir,
    electronPlatformName: context.electronPlatformName,
    executableName: packager.executableName ?? packager.appInfo.productFilename,
    productFilename: packager.appInfo.productFilename,
  });
  await setReleaseFuses(executable);
  // Read back what was written: a release must never leave with a fuse other than intended.
  const actual = await readFuses(executable);
  const wrong = Object.entries(RELEASE_FUSES).filter(([name, value]) => actual[name as keyof typeof RELEASE_FUSES] !== value);
  if (wrong.length > 0) throw new Error(`Fuses not set as intended: ${wrong.map(([name]) => name).join(', ')}`);
}
