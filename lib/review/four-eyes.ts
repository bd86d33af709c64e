import { db } from '@/lib/db';
import type { DbOrTx } from '@/lib/db/types';

/** The four-eyes rule („Vier-Augen-Prinzip“, setting `review.fourEyes`, off by default); deciding reads it in its own transaction. */
export async function isFourEyesOn(client: DbOrTx = db): Promise<boolean> {
  const row = await client.setting.findUnique({ where: { key: 'review.fourEyes' }, select: { value: true } });
  return row?.value === true;
}
