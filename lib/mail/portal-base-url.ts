import { getEnv } from '@/lib/env';

/** The portal's public URL for links in mails: NEXTAUTH_URL, else http://localhost:$PORT. */
export function portalBaseUrl(): string {
  const env = getEnv();
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
