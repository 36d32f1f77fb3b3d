/**
 * Who may drive `jospar serve`: only the pages it served itself, in a browser that reached it as 127.0.0.1 or
 * localhost. Three checks, because a web page the user visits meanwhile can send requests to any local port:
 * - Host must be the loopback address and port the server listens on: a DNS-rebinding page (its own name resolving
 *   to 127.0.0.1) sends its own name as Host, and is refused before it reads anything.
 * - Origin, when the browser sends one, must be that same loopback origin: a cross-site form or fetch POST is refused.
 * - Every call that reads or changes the workspace carries the run's token (a header), which only the pages served
 *   hold: a request without it (a text/plain form POST, an <img>, a script on another site) changes nothing.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-jospar-token';

/** A fresh secret for one run of the server. */
export function newToken(): string {
  return randomBytes(24).toString('hex');
}

/** The Host values a browser sends for the server on 127.0.0.1:port. */
function loopbackHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Why the request must be refused, or null when its Host and Origin are the server's own. */
export function foreignRequest(req: IncomingMessage, port: number): string | null {
  const hosts = loopbackHosts(port);
  const host = String(req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return `Host "${host.slice(0, 80)}" is not this server (127.0.0.1:${port})`;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!hosts.has(originHost(String(origin)))) return `Origin "${String(origin).slice(0, 80)}" is not this server`;
  }
  return null;
}

/** An http: origin's host:port, lower case; '' for anything else ("null", https:, garbage). */
function originHost(origin: string): string {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' ? u.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** Whether the request carries the run's token (compared in constant time). */
export function hasToken(req: IncomingMessage, token: string): boolean {
  const sent = req.headers[TOKEN_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
