/**
 * Binds the WebHost to the one page the launcher opened. The launcher (or `npm run serve`) asks for
 * a launch link, `/launch/<code>`; the first request for it swaps the one-time code for a session
 * cookie holding a random secret (HttpOnly: no script reads it; SameSite=Strict: no other site's
 * page sends it). Every host call must carry that cookie, so another program on the machine, or
 * another browser, cannot use the host, not even while staff mode is open on the kiosk page.
 *
 * One page at a time: a new launch ends the old page's session. The cookie lives in the browser's
 * memory (no expiry date), in the launcher's throw-away profile.
 */
import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const LAUNCH_PATH_PREFIX = '/launch/';
export const SESSION_COOKIE = 'hjelpepunkt-session';

const CODE_PATTERN = /^[0-9a-f]{32}$/;
const SECRET_PATTERN = /^[0-9a-f]{64}$/;

const digest = (text: string): Buffer => crypto.createHash('sha256').update(text).digest();

export class LaunchSession {
  /** Digests only: comparing them takes the same time whatever was sent. */
  private pendingCode: Buffer | undefined;
  private secret: Buffer | undefined;

  /** A new one-time code; any code made before and not yet used stops working. */
  newLaunchCode(): string {
    const code = crypto.randomBytes(16).toString('hex');
    this.pendingCode = digest(code);
    return code;
  }

  /**
   * Swaps the pending code for a new session, once: returns the Set-Cookie value, or undefined if
   * the code is not the pending one (used already, replaced, or never made).
   */
  exchange(code: string): string | undefined {
    if (!CODE_PATTERN.test(code) || !this.pendingCode || !crypto.timingSafeEqual(digest(code), this.pendingCode)) return undefined;
    this.pendingCode = undefined;
    const secret = crypto.randomBytes(32).toString('hex');
    this.secret = digest(secret);
    return `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
  }

  /** True when the request carries the current session's cookie. */
  isCurrent(headers: IncomingHttpHeaders): boolean {
    const sent = sessionCookie(headers.cookie);
    return sent !== undefined && this.secret !== undefined && crypto.timingSafeEqual(digest(sent), this.secret);
  }
}

function sessionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === SESSION_COOKIE && value && SECRET_PATTERN.test(value)) return value;
  }
  return undefined;
}

/** Names of the cookies in a Cookie header other than the launch session's. */
export function otherCookies(header: string | undefined): string[] {
  return (header ?? '')
    .split(';')
    .map((part) => part.trim().split('=', 1)[0] ?? '')
    .filter((name) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) && name !== SESSION_COOKIE);
}
