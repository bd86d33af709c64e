import { isIP } from 'node:net';
import { normaliseIp } from '@/lib/http/client-ip';

/**
 * The source a sign-in attempt is counted for (ADR 023): an IPv4 address as it is, an IPv6
 * address as its /64 network (`2001:db8:1:2::/64`) — one subscriber usually holds a whole /64,
 * so counting single IPv6 addresses would give one attacker billions of sources. Anything else
 * (`unknown`, outside an HTTP request) is one source of its own.
 */
export function throttleSource(ip: string | null | undefined): string {
  const address = normaliseIp(ip ?? '') || 'unknown';
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** `2001:db8::1` → the eight groups without leading zeros. */
function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const parse = (part: string) => (part ? part.split(':') : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  // An embedded IPv4 tail (::ffff:… is mapped away by normaliseIp; others are rare) counts as two groups.
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? group.replace(/^0+(?=.)/, '') : group));
}
