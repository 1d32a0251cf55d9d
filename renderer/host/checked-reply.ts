/**
 * Both hosts' replies are checked here against the contract before the UI sees them.
 */
import * as v from 'valibot';
import { hostCalls, HostReplySchema, type HostCallName, type HostReply, type HostResponse } from '../../electron/shared/host-contract';

export function checkedReply<C extends HostCallName>(name: C, raw: unknown): HostReply<HostResponse<C>> {
  const reply = v.safeParse(HostReplySchema, raw);
  if (!reply.success) return { ok: false, error: { code: 'failed', message: 'The host sent a reply the kiosk does not understand.' } };
  if (!reply.output.ok) return reply.output;
  const value = v.safeParse(hostCalls[name].response, reply.output.value);
  if (!value.success) return { ok: false, error: { code: 'failed', message: 'The host sent a reply the kiosk does not understand.' } };
  return { ok: true, value: value.output as HostResponse<C> };
}

export function unreachable(error: unknown): HostReply<never> {
  return { ok: false, error: { code: 'failed', message: `The host could not be reached (${error instanceof Error ? error.message : 'unknown error'}).` } };
}
