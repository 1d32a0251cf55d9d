import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../mocks/electron'));

const { contextBridge, ipcRenderer } = await import('../../../mocks/electron');
await import('../../../../electron/preload/index');
const { BRIDGE_GLOBAL, HOST_CALL_NAMES, IPC_CHANNEL } = await import('../../../../electron/shared/host-contract');

describe('preload bridge', () => {
  const bridge = contextBridge.exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;

  it('exposes exactly one frozen function per host call, and nothing of Electron', () => {
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual([...HOST_CALL_NAMES].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('forwards each call over the single IPC channel with its name', async () => {
    await (bridge['session:end'] as (p: unknown) => Promise<unknown>)({ reason: 'idle' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'session:end', { reason: 'idle' });
  });
});
