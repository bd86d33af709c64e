import { consumeRateLimit, RATE_LIMITS } from '@/lib/rate-limit/consume-rate-limit';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Mails a visitor (or a signed-in user) can make the portal send to an address, limited per
 * client address as well as per recipient (ADR 024): the address limit alone lets one source mail
 * many addresses, the source limit alone lets many sources mail one address. Per client IP
 * (lib/http/client-ip.ts) the limits are looser — an office behind one NAT address registers
 * several people.
 */
export const MAIL_LIMITS = {
  register: { perAddress: RATE_LIMITS.register, perClient: { limit: 30, windowMs: HOUR_MS } },
  resend: { perAddress: RATE_LIMITS.resend, perClient: { limit: 30, windowMs: HOUR_MS } },
  /** Applicants' and administrators' invitations (per organisation: RATE_LIMITS.invite). */
  invite: { perAddress: { limit: 5, windowMs: HOUR_MS }, perClient: { limit: 60, windowMs: HOUR_MS } },
} as const;

/**
 * Counts one attempt of `action` for the recipient `address` and, when known, the client
 * `clientIp` (from the request: lib/http/request-client-ip.ts; scripts and tests that pass none
 * are not limited per client), and refuses with DomainError('rateLimited') when either limit is
 * reached. Every attempt counts, whatever its outcome, so the limits reveal nothing about an
 * address. The client is checked first: a source over its limit does not use up the address's.
 */
export async function consumeMailLimits({
  action,
  address,
  clientIp,
  now = new Date(),
}: {
  action: keyof typeof MAIL_LIMITS;
  address: string;
  clientIp?: string;
  now?: Date;
}): Promise<void> {
  const limits = MAIL_LIMITS[action];
  if (clientIp !== undefined) await consumeRateLimit({ key: `${action}-client:${clientIp}`, ...limits.perClient, now });
  await consumeRateLimit({ key: `${action}:${address}`, ...limits.perAddress, now });
}
