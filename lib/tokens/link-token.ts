import { createHash, randomBytes } from 'node:crypto';

/** Tokens in links (e-mail confirmation, invitations) are stored only as their SHA-256 (hex). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A single-use secret for a link: 32 random bytes, base64url. Only `tokenHash` is stored. */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}
