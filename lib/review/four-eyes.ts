import type { Tx } from '@/lib/db/types';

/** The four-eyes rule („Vier-Augen-Prinzip“, setting `review.fourEyes`, off by default), read in the deciding transaction. */
export async function isFourEyesOn(tx: Tx): Promise<boolean> {
  const row = await tx.setting.findUnique({ where: { key: 'review.fourEyes' }, select: { value: true } });
  return row?.value === true;
}
