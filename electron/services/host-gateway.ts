/**
 * The one place where a call from the page is checked and dispatched, shared by the Electron IPC
 * gateway and the WebHost HTTP gateway. The transport-specific parts (who may call) stay in those
 * files; this decides what a call may contain.
 */
import * as v from 'valibot';
import {
  hostCalls,
  isHostCallName,
  type HostCallName,
  type HostReply,
  type HostResponse,
} from '../shared/host-contract';
import type { Logger } from './log';

export type HostHandlers = {
  [C in HostCallName]: (request: v.InferOutput<(typeof hostCalls)[C]['request']>) => Promise<HostResponse<C>>;
};

export type Dispatch = (name: unknown, payload: unknown) => Promise<HostReply<unknown>>;

/** Thrown by a handler when a well-formed request asks for something that does not exist. */
export class HostRequestError extends Error {}

/** Thrown by a handler when the call needs staff mode (or first-run setup) and it is not open. */
export class HostForbiddenError extends Error {}

/**
 * The page's own message: which field, and what is wrong with it. It may quote what the page sent
 * (the page knows that anyway), so it goes back to the page only, never into the log.
 */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const path = first.path?.map((item) => String(item.key)).join('.') ?? '';
  return `The request is not valid${path ? ` at "${path}"` : ''}: ${first.message}`;
}

export function createDispatch(handlers: HostHandlers, log: Logger): Dispatch {
  return async (name, payload) => {
    if (!isHostCallName(name)) {
      log.warn('host-gateway', 'refused an unknown call');
      return { ok: false, error: { code: 'unknown-call', message: 'There is no such host call.' } };
    }
    const contract = hostCalls[name];
    const request = v.safeParse(contract.request, payload);
    if (!request.success) {
      log.warn('host-gateway', `refused a malformed "${name}" request`);
      return { ok: false, error: { code: 'invalid-request', message: describeIssues(request.issues) } };
    }
    try {
      // The schema just checked the request, so the handler for this name gets its own type.
      const handler = handlers[name] as (checked: unknown) => Promise<unknown>;
      const value = await handler(request.output);
      // A handler bug must not hand the page something the contract does not promise.
      const response = v.safeParse(contract.response, value);
      if (!response.success) {
        log.error('host-gateway', `"${name}" produced a response outside the contract`);
        return { ok: false, error: { code: 'failed', message: 'The host could not complete the call.' } };
      }
      return { ok: true, value: response.output };
    } catch (error) {
      // The log gets the call's name and the kind of error only. Error messages can quote what the
      // page sent (a language code, a contact id, an office name), and by the privacy rule nothing
      // a visitor chose may reach a file; the page still gets the helpful message.
      if (error instanceof HostForbiddenError) {
        log.warn('host-gateway', `refused "${name}" (forbidden)`);
        return { ok: false, error: { code: 'forbidden', message: error.message } };
      }
      if (error instanceof HostRequestError) {
        log.warn('host-gateway', `refused a "${name}" request (invalid-request)`);
        return { ok: false, error: { code: 'invalid-request', message: error.message } };
      }
      log.error('host-gateway', `"${name}" failed (${errorKind(error)})`);
      return { ok: false, error: { code: 'failed', message: 'The host could not complete the call.' } };
    }
  };
}

/** What went wrong, without the message: the error's class and, for system errors, its code (ENOSPC…). */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? `${error.name} ${code}` : error.name;
}
