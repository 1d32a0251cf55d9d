/**
 * What the UI may ask of whatever hosts it. Two implementations: ElectronHost (through the
 * preload bridge) and WebHost (through the local server's HTTP gateway).
 */
import type { HostCallName, HostReply, HostRequest, HostResponse, PrintOutcome } from '../../electron/shared/host-contract';
import type { SlipRequest } from '../../electron/shared/slip-request';

export type SessionEndReason = 'quick-exit' | 'idle' | 'finished';

/** How printing a slip ended, as the visitor's screen needs to know it. */
export type PrintResult = Exclude<PrintOutcome, { outcome: 'page-prints' }> | { outcome: 'error'; message: string };

export interface Host {
  readonly kind: 'electron' | 'web';
  /** A host call; errors come back as data (`ok: false`) with a message safe to show. */
  call<C extends HostCallName>(name: C, request: HostRequest<C>): Promise<HostReply<HostResponse<C>>>;
  /**
   * Ends the visitor's session: the host forgets it, every trace in the page (storage, caches,
   * history, state) is wiped, and the start page loads fresh. Does not return in practice.
   */
  restart(reason: SessionEndReason): Promise<void>;
  /**
   * Prints a slip the host builds from the registry. Electron prints it from main; under the
   * WebHost the page prints the host's slip document (window.print) and the host then checks the
   * printer queue.
   */
  printSlip(request: SlipRequest): Promise<PrintResult>;
}
