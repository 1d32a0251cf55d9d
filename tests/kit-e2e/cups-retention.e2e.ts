/**
 * The kit's CUPS setting, on a real cupsd: after cups-keep-nothing.sh, a printed job leaves no
 * history and no file in the spool; with CUPS's defaults (the control) it leaves both. Each cupsd
 * runs on its own configuration, socket and spool in a temp folder (no TCP port, no clash with
 * the system's CUPS or other tests), and is stopped by PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { printRetention } from '../../electron/services/lockdown-report';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

const KEEP_NOTHING = path.join(PROJECT_ROOT, 'build', 'deploy', 'linux', 'cups-keep-nothing.sh');
const tools = ['/usr/sbin/cupsd', 'lpadmin', 'lp', 'lpstat'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
test.skip(tools.length > 0, `Needs CUPS (${tools.join(', ')}): apt-get install cups; .ci/run installs it.`);
test.skip(process.getuid?.() !== 0, 'cupsd runs its backends as the "lp" user, which needs root to start it.');

type Cups = { root: string; socket: string; conf: string; daemon: ChildProcess; env: NodeJS.ProcessEnv };

/** A private cupsd: its files under `root`, listening only on a socket there. */
async function startCups(root: string, prepare: (cupsdConf: string) => void): Promise<Cups> {
  const dirs = ['conf', 'spool', 'spool/tmp', 'cache', 'state', 'log'].map((dir) => path.join(root, dir));
  for (const dir of dirs) fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(root, 0o755);
  fs.chmodSync(path.join(root, 'spool', 'tmp'), 0o1777);
  const socket = path.join(root, 'cups.sock');
  const conf = path.join(root, 'conf', 'cupsd.conf');
  fs.writeFileSync(
    conf,
    [
      'LogLevel warn',
      `Listen ${socket}`,
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />', '  Order allow,deny', '  Allow all', '</Location>',
      '<Policy default>', '  <Limit All>', '    Order deny,allow', '  </Limit>', '</Policy>',
      '',
    ].join('\n'),
  );
  prepare(conf);
  const files = path.join(root, 'conf', 'cups-files.conf');
  fs.writeFileSync(
    files,
    [
      `ServerRoot ${path.join(root, 'conf')}`,
      `RequestRoot ${path.join(root, 'spool')}`,
      `TempDir ${path.join(root, 'spool', 'tmp')}`,
      `CacheDir ${path.join(root, 'cache')}`,
      `StateDir ${path.join(root, 'state')}`,
      `AccessLog ${path.join(root, 'log', 'access_log')}`,
      `ErrorLog ${path.join(root, 'log', 'error_log')}`,
      `PageLog ${path.join(root, 'log', 'page_log')}`,
      'FileDevice Yes',
      'User lp',
      'Group lp',
      'SystemGroup root',
      '',
    ].join('\n'),
  );
  const daemon = spawn('/usr/sbin/cupsd', ['-f', '-c', conf, '-s', files], { stdio: 'ignore' });
  const env = { ...process.env, CUPS_SERVER: socket };
  for (let waited = 0; spawnSync('lpstat', ['-r'], { env, encoding: 'utf8' }).stdout.trim() !== 'scheduler is running'; waited += 100) {
    if (waited > 15_000 || daemon.exitCode !== null) throw new Error(`cupsd did not start: ${readLog(root)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { root, socket, conf, daemon, env };
}

function readLog(root: string): string {
  const file = path.join(root, 'log', 'error_log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(no error log)';
}

async function stopCups(cups: Cups): Promise<void> {
  if (cups.daemon.exitCode !== null) return;
  const exited = new Promise((resolve) => cups.daemon.once('exit', resolve));
  cups.daemon.kill('SIGTERM');
  await exited;
}

/** Prints one slip-sized text to a queue that writes to /dev/null, and waits until it is done. */
async function printOneJob(cups: Cups): Promise<void> {
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { env: cups.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}\n${readLog(cups.root)}`);
    return result.stdout;
  };
  run('lpadmin', ['-p', 'slip80', '-E', '-v', 'file:///dev/null', '-m', 'raw']);
  const slip = path.join(cups.root, 'slip.txt');
  fs.writeFileSync(slip, 'Useful numbers\n116 006\n');
  run('lp', ['-d', 'slip80', '-t', 'Useful numbers', '-o', 'raw', slip]);
  for (let waited = 0; run('lpstat', ['-o', 'slip80']).trim() !== ''; waited += 200) {
    if (waited > 20_000) throw new Error(`the job did not finish\n${readLog(cups.root)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // cupsd writes its job files out shortly after a job ends.
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

const jobFiles = (cups: Cups): string[] => fs.readdirSync(path.join(cups.root, 'spool')).filter((name) => /^[cd]\d+/.test(name));
const completedJobs = (cups: Cups): string => spawnSync('lpstat', ['-W', 'completed', '-o'], { env: cups.env, encoding: 'utf8' }).stdout.trim();

let work = '';
test.beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hp-cups-'));
  fs.chmodSync(work, 0o755);
});
test.afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('after cups-keep-nothing.sh, a printed slip leaves no job history and no file in the spool', async () => {
  const cups = await startCups(path.join(work, 'kit'), (conf) => {
    const result = spawnSync('sh', [KEEP_NOTHING, conf], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
  try {
    expect(printRetention(fs.readFileSync(cups.conf, 'utf8'))).toBe('keeps-nothing');
    await printOneJob(cups);
    expect(completedJobs(cups)).toBe('');
    expect(jobFiles(cups)).toEqual([]);
  } finally {
    await stopCups(cups);
  }
});

test("with CUPS's defaults (the control), the same slip stays in the history and the spool", async () => {
  const cups = await startCups(path.join(work, 'defaults'), () => undefined);
  try {
    expect(printRetention(fs.readFileSync(cups.conf, 'utf8'))).toBe('keeps-jobs');
    await printOneJob(cups);
    expect(completedJobs(cups)).toContain('slip80-1');
    expect(jobFiles(cups)).toEqual(expect.arrayContaining([expect.stringMatching(/^c0+1$/), expect.stringMatching(/^d0+1-001$/)]));
  } finally {
    await stopCups(cups);
  }
});

test('cups-keep-nothing.sh replaces earlier settings instead of adding a second, conflicting one', () => {
  const conf = path.join(work, 'repeat.conf');
  fs.writeFileSync(conf, 'LogLevel warn\nPreserveJobHistory Yes\n  PreserveJobFiles 86400\n');
  for (let i = 0; i < 2; i += 1) expect(spawnSync('sh', [KEEP_NOTHING, conf]).status).toBe(0);
  const text = fs.readFileSync(conf, 'utf8');
  expect(text.match(/PreserveJob/g)).toHaveLength(2);
  expect(text).toContain('LogLevel warn');
  expect(printRetention(text)).toBe('keeps-nothing');
  expect(fs.statSync(conf).mode & 0o777).toBe(0o644);
});
