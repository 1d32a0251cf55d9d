/**
 * The WebHost answers only its own page. A request must name 127.0.0.1:<port> as its Host (so a
 * rebinding DNS name pointing at 127.0.0.1 is refused), and if the browser sends an Origin, it must
 * be the same one (so a page from anywhere else cannot call the host).
 */
import type { IncomingHttpHeaders } from 'node:http';

export function isSameOriginRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const expectedHost = `127.0.0.1:${port}`;
  if (headers.host !== expectedHost) return false;
  const origin = headers.origin;
  return origin === undefined || origin === `http://${expectedHost}`;
}
