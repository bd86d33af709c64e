import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { getEnv } from '@/lib/env';

/**
 * TOTP secrets at rest (ADR 023): AES-256-GCM with a key derived from AUTH_SECRET by HKDF-SHA256
 * (its own `info`, so the key is used for nothing else), a random 96-bit nonce per secret, and
 * the user's id as additional data — a sealed secret copied onto another account does not open.
 * Stored as `v1.<nonce>.<tag>.<ciphertext>` (base64url). A changed AUTH_SECRET makes every sealed
 * secret unreadable: sign-in then needs a recovery code, or an administrator resets the user.
 */
const VERSION = 'v1';

let cachedKey: { secret: string; key: Buffer } | undefined;

function key(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync('sha256', secret, 'standards-portal', 'totp-secret-encryption v1', 32)) };
  }
  return cachedKey.key;
}

export function sealSecret({ plaintext, userId }: { plaintext: string; userId: string }): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), nonce);
  cipher.setAAD(Buffer.from(userId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, nonce, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The plaintext, or null when the value was not sealed for this user under the current AUTH_SECRET. */
export function openSecret({ sealed, userId }: { sealed: string; userId: string }): string | null {
  const [version, nonce, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !nonce || !tag || ciphertext === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(userId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
