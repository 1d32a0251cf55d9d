/**
 * A temporary folder for a Playwright test file, removed when the process ends. Playwright loads
 * each test file in its runner (to list the tests) and again in every worker that runs them, so a
 * folder made when the file loads exists once per process; `afterAll` runs in workers only and
 * would leave the runner's behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function processTempFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}
