import 'server-only';
import { headers } from 'next/headers';
import { CLIENT_IP_HEADER, isLoopback, normaliseIp } from '@/lib/http/client-ip';

/**
 * True when the current request came from this machine (ADR 024: /dev/mail shows live links only
 * to the local developer): the client address the front door worked out (scripts/serve.ts,
 * lib/http/client-ip.ts) is a loopback address, and so is every address a proxy on this machine
 * named in `X-Forwarded-For` / `X-Real-IP` (Next fills `X-Forwarded-For` with the socket's
 * address when a request has none) — a request that a local reverse proxy forwarded from the
 * network is not local. No client address (a request that bypassed the front door): false.
 */
export async function isLoopbackRequest(): Promise<boolean> {
  const requestHeaders = await headers();
  const client = requestHeaders.get(CLIENT_IP_HEADER);
  if (!client || !isLoopback(normaliseIp(client))) return false;
  const hops = [requestHeaders.get('x-forwarded-for'), requestHeaders.get('x-real-ip')]
    .flatMap((value) => (value ? value.split(',') : []))
    .map((hop) => normaliseIp(hop))
    .filter(Boolean);
  return hops.every(isLoopback) && !requestHeaders.has('forwarded');
}
