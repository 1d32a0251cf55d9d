/**
 * The Windows kiosk kit cannot run here (no Windows). What can be checked: PowerShell parses the
 * script where `pwsh` is installed, and the settings the kiosk's safety depends on are there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../../electron/services/project-paths';

const KIT = path.join(PROJECT_ROOT, 'build', 'deploy', 'windows');
const SCRIPT = path.join(KIT, 'Install-HjelpepunktKiosk.ps1');

test('PowerShell parses the install script', () => {
  const hasPwsh = spawnSync('sh', ['-c', 'command -v pwsh']).status === 0;
  test.skip(!hasPwsh, 'PowerShell (pwsh) is not installed here and is not in Debian; the script is checked on Windows only.');
  const command = `$errors = $null; [void][System.Management.Automation.Language.Parser]::ParseFile('${SCRIPT}', [ref]$null, [ref]$errors); if ($errors.Count) { $errors | ForEach-Object { $_.ToString() }; exit 1 }`;
  const result = spawnSync('pwsh', ['-NoProfile', '-Command', command], { encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
});

test('the script makes the kiosk the shell with restart as the exit action, filters keys and keeps no print jobs', () => {
  const script = fs.readFileSync(SCRIPT, 'utf8');
  expect(script).toMatch(/\$restartShell = 0/);
  expect(script).toMatch(/SetCustomShell\(\$kioskSid, .*\$restartShell\)/);
  expect(script).toContain('Client-EmbeddedShellLauncher');
  expect(script).toContain('Client-KeyboardFilter');
  expect(script).toMatch(/'Ctrl\+Alt\+Del'/);
  expect(script).toMatch(/Set-Printer .*-KeepPrintedJobs \$false/);
  expect(script).toContain("SetEnvironmentVariable('HJELPEPUNKT_KIOSK_SERVICE', '1', 'Machine')");
  expect(script).toMatch(/EditionID[\s\S]*Enterprise\|Education\|IoT/);
});

test('the Shell Launcher v2 profile restarts the kiosk shell for the kiosk account only', () => {
  const xml = fs.readFileSync(path.join(KIT, 'shell-launcher-v2.xml'), 'utf8');
  expect(xml).toMatch(/<DefaultProfile>\s*<Shell Shell="%SystemRoot%\\explorer\.exe"\/>/);
  expect(xml).toMatch(/<Shell Shell="%ProgramFiles%\\Hjelpepunkt\\Hjelpepunkt\.exe"[^>]*>\s*(<!--[^>]*-->\s*)?<DefaultAction Action="RestartShell"\/>/);
  expect(xml).toContain('<Account Name="Hjelpepunkt"/>');
});
