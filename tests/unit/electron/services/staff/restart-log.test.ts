import { describe, expect, it } from 'vitest';
import { RestartLog } from '../../../../../electron/services/staff/restart-log';
import { tempFolder } from '../../../helpers/temp-folder';

describe('RestartLog', () => {
  it('keeps the latest restarts first, at most twenty', () => {
    const log = new RestartLog(tempFolder('restarts-'));
    for (let index = 0; index < 25; index += 1) log.record(`reason ${index}`, new Date(Date.UTC(2026, 10, 1, 0, index)));
    const entries = log.entries();
    expect(entries).toHaveLength(20);
    expect(entries[0]).toEqual({ at: '2026-11-01T00:24:00.000Z', reason: 'reason 24' });
  });
});
