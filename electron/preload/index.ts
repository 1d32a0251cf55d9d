/**
 * The only file that touches ipcRenderer. It exposes one named function per host call (the names
 * come from the contract), each forwarding to the single IPC channel. No Electron object, event or
 * raw channel reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, HOST_CALL_NAMES, IPC_CHANNEL } from '../shared/host-contract';

const bridge: Record<string, (payload?: unknown) => Promise<unknown>> = {};
for (const name of HOST_CALL_NAMES) {
  bridge[name] = (payload?: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, payload);
}

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, Object.freeze(bridge));
