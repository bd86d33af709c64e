import 'server-only';
import { headers } from 'next/headers';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';

/** The current request's client address as the front door worked it out (lib/http/client-ip.ts). */
export async function getRequestClientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) ?? 'unknown';
}
