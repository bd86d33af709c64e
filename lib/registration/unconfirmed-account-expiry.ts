import type { DbOrTx } from '@/lib/db/types';
import { getSettings } from '@/lib/settings/get-settings';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Accounts whose address was never confirmed expire after `retention.unconfirmedAccountDays`
 * (default 7, /admin/settings): created before the returned moment, they can no longer be
 * confirmed or get a new link, no longer block their address, and the retention job deletes them
 * (ADR 024).
 */
export async function unconfirmedAccountCutoff({ db, now }: { db: DbOrTx; now: Date }): Promise<Date> {
  const days = (await getSettings({ db }))['retention.unconfirmedAccountDays'];
  return new Date(now.getTime() - days * DAY_MS);
}
