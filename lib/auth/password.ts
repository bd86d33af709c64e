import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm) with the OWASP baseline: 19 MiB, 2 iterations,
 * 1 lane. The hash string records its parameters, so they can be raised later.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
