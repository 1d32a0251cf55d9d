/**
 * What the UI may ask of whatever hosts it. Two implementations: ElectronHost (through the
 * preload bridge) and WebHost (through the local server's HTTP gateway).
 */
import type { HostCallName, HostReply, HostRequest, HostResponse } from '../../electron/shared/host-contract';

export type SessionEndReason = 'quick-exit' | 'idle' | 'finished';

export interface Host {
  readonly kind: 'electron' | 'web';
  /** A host call; errors come back as data (`ok: false`) with a message safe to show. */
  call<C extends HostCallName>(name: C, request: HostRequest<C>): Promise<HostReply<HostResponse<C>>>;
  /**
   * Ends the visitor's session: the host forgets it, every trace in the page (storage, caches,
   * history, state) is wiped, and the start page loads fresh. Does not return in practice.
   */
  restart(reason: SessionEndReason): Promise<void>;
}
