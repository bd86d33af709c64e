import { randomInt } from 'node:crypto';
import { hashToken } from '@/lib/tokens/link-token';

/** How many recovery codes a user gets at once. */
export const RECOVERY_CODE_COUNT = 10;
/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Ten one-time recovery codes (`xxxxx-xxxxx`, 10 characters of 31: ~49 bits each, enough for a
 * code that is throttled like a password) and their SHA-256, the only thing stored.
 */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Case, spaces and the dash do not matter when a code is typed. */
export function normaliseRecoveryCode(code: string): string | null {
  const plain = code.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z0-9]{10}$/.test(plain) ? `${plain.slice(0, 5)}-${plain.slice(5)}` : null;
}

export function hashRecoveryCode(code: string): string {
  return hashToken(`recovery:${code}`);
}
