import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/services/log';
import { tempFolder } from '../../helpers/temp-folder';

describe('createLogger', () => {
  it('writes lines to its file and rotates when the file is full', () => {
    const file = path.join(tempFolder('log-'), 'logs', 'shell.log');
    const log = createLogger({ file, maxBytes: 200, echo: false });
    for (let i = 0; i < 10; i += 1) log.info('test', `line ${i}`);
    expect(fs.readFileSync(file, 'utf8')).toContain('line 9');
    expect(fs.existsSync(`${file}.1`)).toBe(true);
    expect(fs.statSync(file).size).toBeLessThanOrEqual(200);
  });

  it('never throws when it cannot write (full or read-only disk)', () => {
    const blocker = path.join(tempFolder('log-'), 'not-a-dir');
    fs.writeFileSync(blocker, '');
    const log = createLogger({ file: path.join(blocker, 'shell.log'), echo: false });
    expect(() => log.error('test', 'still running')).not.toThrow();
  });
});
