/**
 * `npm test`: every gate CI runs, in order, stopping at the first that fails. Each gate's own
 * command is also an npm script, for running one alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '../../electron/launcher/launch-plan';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

const gates: { name: string; script: string }[] = [
  { name: 'TypeScript (shell and renderer, strict)', script: 'typecheck' },
  { name: 'ESLint (including process boundaries)', script: 'lint' },
  { name: 'svelte-check', script: 'svelte-check' },
  { name: 'Build (fonts, renderer, shell)', script: 'build' },
  { name: 'Unit and content tests (Vitest)', script: 'test:unit' },
  { name: 'Translations complete (every shipped language)', script: 'i18n:report' },
  { name: 'End-to-end tests of the UI (Playwright in Chromium; Electron where installed)', script: 'test:e2e' },
  // Run apart from the UI tests: they spawn headful Chromium, CUPS and PDF tools and need the CPU.
  { name: 'Slips as PDF, and printing on a real CUPS queue', script: 'test:print' },
  // Xvfb, Chromium, cupsd and systemd-analyze: the Chromium fallback on a real screen, the OS kiosk kit.
  { name: 'The Chromium fallback under Xvfb, and the OS kiosk kit (systemd units, CUPS retention)', script: 'test:kiosk' },
];

const started = Date.now();
for (const gate of gates) {
  console.log(`\n▶ ${gate.name}  (npm run ${gate.script})`);
  if (gate.script === 'test:e2e' && !findElectronBinary(path.join(PROJECT_ROOT, 'node_modules', 'electron'))) {
    console.log('  Electron end-to-end tests will be skipped: no Electron binary is installed on this machine.');
  }
  const gateStarted = Date.now();
  const result = spawnSync('npm', ['run', '--silent', gate.script], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const seconds = ((Date.now() - gateStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✘ ${gate.name} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${gate.name} (${seconds} s)`);
}
console.log(`\nAll gates passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
