/**
 * The WebHost answers only its own page. A request must name 127.0.0.1:<port> as its Host (so a
 * rebinding DNS name pointing at 127.0.0.1 is refused), and if the browser sends an Origin, it must
 * be the same one (so a page from anywhere else cannot call the host). A host call (POST) must
 * send that Origin: browsers always do for POST, so a request without one is not from a page.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function isSameOriginRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const expectedHost = `127.0.0.1:${port}`;
  if (headers.host !== expectedHost) return false;
  const origin = headers.origin;
  return origin === undefined || origin === `http://${expectedHost}`;
}

/** For host calls: the page's own Origin, present and exact. */
export function hasOwnOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  return headers.origin === `http://127.0.0.1:${port}` && isSameOriginRequest(headers, port);
}
