/**
 * The renderer's only way to its host. Everything else imports `host` from here.
 */
import { createElectronHost, electronBridge } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

export type { Host, PrintResult, SessionEndReason } from './host';

const bridge = electronBridge();
export const host: Host = bridge ? createElectronHost(bridge) : createWebHost();
