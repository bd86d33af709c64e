/**
 * The address a request came from, for per-source limits (sign-in throttle, rate limits).
 * scripts/serve.ts, the front door before Next, works it out once per request from the socket
 * and — only when the socket peer is a proxy named in TRUSTED_PROXIES — from X-Forwarded-For,
 * and passes it on in CLIENT_IP_HEADER (a value a client sends in that header is replaced).
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';

/** `::ffff:127.0.0.1` → `127.0.0.1`; IPv6 lower-cased; brackets and zone ids dropped. */
export function normaliseIp(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** TRUSTED_PROXIES: addresses separated by commas or spaces; `loopback` stands for 127.0.0.1 and ::1. */
export function parseTrustedProxies(value: string | undefined): Set<string> {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const trusted = new Set<string>();
  for (const entry of entries) {
    if (entry === 'loopback') {
      trusted.add('127.0.0.1');
      trusted.add('::1');
    } else trusted.add(normaliseIp(entry));
  }
  return trusted;
}

/**
 * The client's address: the socket peer, unless that is a trusted proxy — then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy (entries left of it could be forged
 * by the client). `unknown` when nothing is known.
 */
export function resolveClientIp({
  remoteAddress,
  forwardedFor,
  trustedProxies,
}: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: Set<string>;
}): string {
  let client = remoteAddress ? normaliseIp(remoteAddress) : 'unknown';
  if (!trustedProxies.has(client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
    .map(normaliseIp);
  while (hops.length > 0 && trustedProxies.has(client)) client = hops.pop()!;
  return client;
}

/** True for 127.0.0.0/8 and ::1 (after normaliseIp). */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(address);
}
