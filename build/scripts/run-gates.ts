/**
 * `npm test`: every gate, in order (the static checks side by side), stopping at the first that
 * fails. Each gate's own command is also an npm script, for running one alone. `npm test -- --soak`
 * (what CI runs) adds a soak of 300 whole visitor sessions: about 9 minutes more on a 2-core
 * machine, which would take `npm test` well past its 15 minutes (docs/quality.md).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '../../electron/launcher/launch-plan';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

type Gate = { name: string; script: string; args?: string[] };

/**
 * Gates in order; the gates of one step run side by side (the static checks share nothing and each
 * uses one core), their output shown gate by gate once all of them are done.
 */
const steps: Gate[][] = [
  [
    { name: 'TypeScript (shell and renderer, strict)', script: 'typecheck' },
    { name: 'ESLint (including process boundaries)', script: 'lint' },
    { name: 'svelte-check', script: 'svelte-check' },
  ],
  [{ name: 'Build (fonts, renderer, shell)', script: 'build' }],
  [{ name: 'Unit and content tests (Vitest)', script: 'test:unit' }],
  [{ name: 'Translations complete (every shipped language)', script: 'i18n:report' }],
  [{ name: 'End-to-end tests of the UI (Playwright in Chromium; Electron where installed)', script: 'test:e2e' }],
  // Run apart from the UI tests: they spawn headful Chromium, CUPS and PDF tools and need the CPU.
  [{ name: 'Slips as PDF, and printing on a real CUPS queue', script: 'test:print' }],
  // Xvfb, Chromium, cupsd and systemd-analyze: the Chromium fallback on a real screen, the OS kiosk kit.
  [{ name: 'The Chromium fallback under Xvfb, and the OS kiosk kit (systemd units, CUPS retention)', script: 'test:kiosk' }],
];
if (process.argv.includes('--soak')) {
  steps.push([{ name: 'Soak: 300 whole visitor sessions, no error, no leak', script: 'soak', args: ['--sessions', '300'] }]);
}

/** Runs one gate's npm script; alone it writes to the terminal as it goes, beside others it keeps its output until the end. */
function run(gate: Gate, alone: boolean): Promise<{ gate: Gate; status: number; seconds: string; output: string }> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', gate.script, ...(gate.args ? ['--', ...gate.args] : [])], { cwd: PROJECT_ROOT, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ gate, status: code ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1), output }));
  });
}

const started = Date.now();
for (const step of steps) {
  const alone = step.length === 1;
  for (const gate of step) {
    console.log(`\n▶ ${gate.name}  (npm run ${[gate.script, ...(gate.args ? ['--', ...gate.args] : [])].join(' ')})`);
    if (gate.script === 'test:e2e' && !findElectronBinary(path.join(PROJECT_ROOT, 'node_modules', 'electron'))) {
      console.log('  Electron end-to-end tests will be skipped: no Electron binary is installed on this machine.');
    }
  }
  const results = await Promise.all(step.map((gate) => run(gate, alone)));
  for (const result of results) {
    if (!alone && result.output.trim()) console.log(`\n── ${result.gate.name}\n${result.output.trimEnd()}`);
    if (result.status === 0) console.log(`✔ ${result.gate.name} (${result.seconds} s)`);
    else console.error(`\n✘ ${result.gate.name} failed after ${result.seconds} s.`);
  }
  const failed = results.find((result) => result.status !== 0);
  if (failed) process.exit(failed.status);
}
console.log(`\nAll gates passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
