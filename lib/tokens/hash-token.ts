import { createHash } from 'node:crypto';

/** Tokens (e-mail confirmation, invitations) are stored only as their SHA-256 (hex). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
