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
import { SlipRequestSchema } from './slip-request';

const NoPayload = v.optional(v.strictObject({}));

const PRINTER_STATES = ['ready', 'missing', 'stopped', 'offline', 'out-of-paper', 'not-accepting', 'error'] as const;

/** How a print went. `page-prints`: the host cannot print itself; the page prints, then confirms. */
export const PrintOutcomeSchema = v.variant('outcome', [
  v.strictObject({ outcome: v.literal('printed') }),
  v.strictObject({ outcome: v.literal('sent') }),
  v.strictObject({ outcome: v.literal('not-ready'), state: v.picklist(PRINTER_STATES) }),
  v.strictObject({ outcome: v.literal('failed'), reason: v.picklist(['not-sent', 'no-job', 'timeout']) }),
  v.strictObject({ outcome: v.literal('page-prints'), token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
]);
export type PrintOutcome = v.InferOutput<typeof PrintOutcomeSchema>;

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
  /** A slip built by the host from the verified registry; the page gets only its address. */
  'slip:preview': {
    request: SlipRequestSchema,
    response: v.strictObject({ path: v.pipe(v.string(), v.regex(/^__slip\/[0-9a-f]{32}$/)) }),
  },
  /** The configured (or default) printer, and whether it can print now. */
  'print:status': {
    request: NoPayload,
    response: v.strictObject({ state: v.picklist(PRINTER_STATES), printer: v.string() }),
  },
  /** Prints the slip (Electron), or checks the printer and lets the page print it (WebHost). */
  'print:slip': {
    request: SlipRequestSchema,
    response: PrintOutcomeSchema,
  },
  /** After the page printed (WebHost): did the slip leave the printer queue? */
  'print:confirm': {
    request: v.strictObject({ token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
    response: PrintOutcomeSchema,
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
