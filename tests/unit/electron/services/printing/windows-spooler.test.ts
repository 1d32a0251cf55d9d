/**
 * The Windows print queue, read with PowerShell's Get-PrintJob and cancelled with Remove-PrintJob.
 * The fixture text is what the inspector's script prints: one "<id>\t<JobStatus>" line per job.
 */
import { describe, expect, it } from 'vitest';
import { parseJobList, WindowsSpooler } from '../../../../../electron/services/printing/windows-spooler';

const QUEUE = [
  '12\tNormal',
  '13\tSpooling',
  '14\tPrinting, Retained',
  '15\tPrinted, Retained',
  '16\tError, Printing',
  '17\tDeleting',
  '18\tComplete',
  '19\tPaused',
  '',
].join('\r\n');

/** Records each PowerShell run (its script and environment) and answers from a script. */
function fakePowerShell(answer: (script: string) => { ok: boolean; stdout: string }) {
  const runs: { script: string; env: Record<string, string> }[] = [];
  const run = async (script: string, env: Record<string, string>) => {
    runs.push({ script, env });
    return answer(script);
  };
  return { run, runs };
}

describe('parseJobList', () => {
  it('reads each job id with its status flags', () => {
    expect(parseJobList(QUEUE)).toEqual([
      { id: '12', status: ['Normal'] },
      { id: '13', status: ['Spooling'] },
      { id: '14', status: ['Printing', 'Retained'] },
      { id: '15', status: ['Printed', 'Retained'] },
      { id: '16', status: ['Error', 'Printing'] },
      { id: '17', status: ['Deleting'] },
      { id: '18', status: ['Complete'] },
      { id: '19', status: ['Paused'] },
    ]);
  });

  it('ignores lines that are not jobs (a warning, an empty queue)', () => {
    expect(parseJobList('')).toEqual([]);
    expect(parseJobList('WARNING: something\nGet-PrintJob : The specified printer was not found.\n')).toEqual([]);
  });
});

describe('WindowsSpooler', () => {
  it('lists every job, or only those that may still print (not printed, complete or being deleted)', async () => {
    const shell = fakePowerShell(() => ({ ok: true, stdout: QUEUE }));
    const spooler = new WindowsSpooler(shell.run);
    expect(await spooler.jobIds('Kvittering 80', 'all')).toEqual(['12', '13', '14', '15', '16', '17', '18', '19']);
    expect(await spooler.jobIds('Kvittering 80', 'not-completed')).toEqual(['12', '13', '14', '16', '19']);
  });

  it('passes the printer name in the environment, never inside the script', async () => {
    const shell = fakePowerShell(() => ({ ok: true, stdout: '' }));
    const name = "Office'; Remove-Item -Recurse C:\\ #";
    await new WindowsSpooler(shell.run).jobIds(name, 'all');
    expect(shell.runs[0]?.script).not.toContain('Office');
    expect(shell.runs[0]?.script).toContain('Get-PrintJob -PrinterName $env:HJELPEPUNKT_PRINTER');
    expect(shell.runs[0]?.env).toEqual({ HJELPEPUNKT_PRINTER: name });
  });

  it('cancels a job by its number on its printer, and refuses anything that is not a job number', async () => {
    const shell = fakePowerShell(() => ({ ok: true, stdout: '' }));
    const spooler = new WindowsSpooler(shell.run);
    expect(await spooler.cancel('Kvittering 80', '14')).toBe(true);
    expect(shell.runs[0]).toEqual({ script: expect.stringContaining('Remove-PrintJob -PrinterName $env:HJELPEPUNKT_PRINTER -ID $env:HJELPEPUNKT_JOB'), env: { HJELPEPUNKT_PRINTER: 'Kvittering 80', HJELPEPUNKT_JOB: '14' } });
    expect(await spooler.cancel('Kvittering 80', '14; Stop-Computer')).toBe(false);
    expect(shell.runs).toHaveLength(1);
  });

  it('names the default printer (where the page prints), or none', async () => {
    expect(await new WindowsSpooler(fakePowerShell(() => ({ ok: true, stdout: 'Kvittering 80\r\n' })).run).defaultPrinter()).toBe('Kvittering 80');
    expect(await new WindowsSpooler(fakePowerShell(() => ({ ok: true, stdout: '' })).run).defaultPrinter()).toBeUndefined();
  });

  it('says whether the print-management commands exist, and reads a failed run as no jobs', async () => {
    expect(await new WindowsSpooler(fakePowerShell(() => ({ ok: true, stdout: 'ok\r\n' })).run).available()).toBe(true);
    expect(await new WindowsSpooler(fakePowerShell(() => ({ ok: false, stdout: '' })).run).available()).toBe(false);
    expect(await new WindowsSpooler(fakePowerShell(() => ({ ok: false, stdout: '12\tNormal' })).run).jobIds('x', 'all')).toEqual([]);
  });
});
