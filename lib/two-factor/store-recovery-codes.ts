import type { Tx } from '@/lib/db/types';
import { newRecoveryCodes } from '@/lib/two-factor/recovery-codes';

/** Replaces a user's recovery codes by ten new ones; returns them in clear text, to be shown once. */
export async function storeRecoveryCodes({ tx, userId }: { tx: Tx; userId: string }): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}
