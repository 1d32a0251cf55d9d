/**
 * The one seam between the UI and whatever hosts it (Electron's main process, or the WebHost
 * server). Every call is `domain:verb` with a request schema and a response schema; the side that
 * receives data validates it with these schemas, so neither side trusts the other's types.
 *
 * Adding a call: add it here, implement it in electron/services/host-handlers.ts, call it from the
 * renderer through renderer/host. Preload and both gateways pick it up from this table.
 */
import * as v from 'valibot';
import { KioskConfigSchema } from './kiosk-config';

const NoPayload = v.optional(v.strictObject({}));

export const hostCalls = {
  /** What the visitor-facing UI needs to start: the office's settings and which host runs it. */
  'kiosk:get-setup': {
    request: NoPayload,
    response: v.strictObject({
      config: KioskConfigSchema,
      host: v.picklist(['electron', 'web']),
      version: v.string(),
    }),
  },
  /**
   * The visitor's session is over (quick exit, idle timeout): the host forgets everything it holds
   * for this session. The page itself is wiped and reloaded by the host-specific `restart`.
   */
  'session:end': {
    request: v.strictObject({ reason: v.picklist(['quick-exit', 'idle', 'finished']) }),
    response: v.strictObject({}),
  },
} as const;

export type HostCallName = keyof typeof hostCalls;
export type HostRequest<C extends HostCallName> = v.InferInput<(typeof hostCalls)[C]['request']>;
export type HostResponse<C extends HostCallName> = v.InferOutput<(typeof hostCalls)[C]['response']>;

export const HOST_CALL_NAMES = Object.keys(hostCalls) as HostCallName[];

export function isHostCallName(name: unknown): name is HostCallName {
  return typeof name === 'string' && Object.hasOwn(hostCalls, name);
}

/** Errors cross the seam as data, with a message that is safe to show to staff. */
export type HostError = { code: 'unknown-call' | 'invalid-request' | 'forbidden' | 'failed'; message: string };
export type HostReply<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const HostReplySchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({
    ok: v.literal(false),
    error: v.object({
      code: v.picklist(['unknown-call', 'invalid-request', 'forbidden', 'failed']),
      message: v.string(),
    }),
  }),
]);

/** Name of the single IPC channel the preload and the main-process gateway share. */
export const IPC_CHANNEL = 'hjelpepunkt:call';
/** Name under which the preload exposes the host calls on `window`. */
export const BRIDGE_GLOBAL = 'hjelpepunkt';
/** Path prefix of the WebHost's HTTP gateway (`POST /api/<call name>`). */
export const WEB_API_PREFIX = '/api/';
