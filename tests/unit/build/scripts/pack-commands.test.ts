/**
 * The content maintainers' commands, run as they would run them: make a key, build a pack from
 * locales/ (only if the content checks pass), verify it (and see a tampered or foreign pack
 * refused with its reason).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../electron/services/project-paths';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-pack-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'build', 'scripts', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('pack:keygen, pack:build and pack:verify', () => {
  const keys = path.join(work, 'keys');
  const pack = path.join(work, 'content.hjpack');

  it('make a key pair with the private key readable by its owner only', () => {
    expect(run('pack-keygen.ts', '--out', keys, '--name', 'national-body').status).toBe(0);
    expect(fs.statSync(path.join(keys, 'national-body.key')).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(keys, 'national-body.pub'), 'utf8')).toContain('BEGIN PUBLIC KEY');
    // Never overwrites a key.
    expect(run('pack-keygen.ts', '--out', keys, '--name', 'national-body').status).not.toBe(0);
  }, 60_000);

  it('sign locales/ after the content checks, and verify it with the public key', () => {
    const built = run('pack-build.ts', '--key', path.join(keys, 'national-body.key'), '--out', pack, '--version', '202612010900');
    expect(built.out).toContain('Signed content pack version 202612010900');
    expect(built.status).toBe(0);
    const verified = run('pack-verify.ts', pack, '--key', path.join(keys, 'national-body.pub'));
    expect(verified.status).toBe(0);
    expect(verified.out).toContain('Valid content pack: version 202612010900');
  }, 120_000);

  it('refuse to sign content that fails the content checks', () => {
    const broken = path.join(work, 'locales');
    fs.cpSync(path.join(PROJECT_ROOT, 'locales'), broken, { recursive: true });
    const romanian = JSON.parse(fs.readFileSync(path.join(broken, 'ro.json'), 'utf8'));
    romanian.contacts.rosa.what += ' 22 33 11 99';
    fs.writeFileSync(path.join(broken, 'ro.json'), JSON.stringify(romanian));
    const built = run('pack-build.ts', '--key', path.join(keys, 'national-body.key'), '--out', path.join(work, 'never.hjpack'), '--locales', broken);
    expect(built.status).not.toBe(0);
    expect(built.out).toMatch(/Not signed: the content fails \d+ check/);
    expect(built.out).toContain('ro.json contacts.rosa.what');
    expect(fs.existsSync(path.join(work, 'never.hjpack'))).toBe(false);
  }, 120_000);

  it('refuse a tampered pack, and a pack signed with another key, saying why', () => {
    const tampered = path.join(work, 'tampered.hjpack');
    fs.writeFileSync(tampered, fs.readFileSync(pack, 'utf8').replace('"format"', '"format" ').replace(/"contacts\.json":"([A-Za-z0-9+/]{10})/, '"contacts.json":"AAAAAAAAAA'));
    const refused = run('pack-verify.ts', tampered, '--key', path.join(keys, 'national-body.pub'));
    expect(refused.status).not.toBe(0);
    expect(refused.out).toContain('Refused: A file in the pack was changed after signing.');
    run('pack-keygen.ts', '--out', keys, '--name', 'someone-else');
    const foreign = run('pack-verify.ts', pack, '--key', path.join(keys, 'someone-else.pub'));
    expect(foreign.status).not.toBe(0);
    expect(foreign.out).toContain('Refused: The pack is signed with a key this kiosk does not trust.');
  }, 60_000);
});
