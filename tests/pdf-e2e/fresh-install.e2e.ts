/**
 * `npm run slips` right after `npm ci`, with nothing built yet (no dist/, no generated fonts): it
 * builds what it needs and writes the slip. Run in a copy of the project's files (git's list of
 * them, as a fresh clone has), sharing only node_modules.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { pdfText } from '../support/pdf-tools';

let copy: string;

test.beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-fresh-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(path.join(PROJECT_ROOT, file))) continue;
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(copy, file));
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'junction');
});

test.afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

test('npm run slips works right after a fresh install: it builds what it needs', () => {
  test.setTimeout(180_000);
  expect(fs.existsSync(path.join(copy, 'dist')), 'the copy starts unbuilt').toBe(false);
  expect(fs.existsSync(path.join(copy, 'renderer', 'generated')), 'the copy starts unbuilt').toBe(false);
  const out = path.join(copy, 'slips');
  execFileSync('npm', ['run', '--silent', 'slips', '--', '--out', out, '--lang', 'nb', '--size', '80mm'], { cwd: copy, stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const text = pdfText(path.join(out, 'hjelpepunkt-nb-80mm.pdf'));
  expect(text).toContain('112');
  expect(text).toContain('22 33 11 60');
});
