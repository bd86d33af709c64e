import { randomBytes } from 'node:crypto';
import { hashToken } from '@/lib/tokens/hash-token';

/** A single-use secret for a link: 32 random bytes, base64url. Only `tokenHash` is stored. */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}
