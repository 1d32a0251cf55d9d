/**
 * Where the office's settings live when no Electron is there to say (`app.getPath('userData')`
 * gives the same folders): so the Electron kiosk and the Chromium fallback share one config.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Hjelpepunkt';

export function defaultDataDirectory(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.HJELPEPUNKT_DATA_DIR) return env.HJELPEPUNKT_DATA_DIR;
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}
