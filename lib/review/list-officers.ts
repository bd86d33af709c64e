import { db } from '@/lib/db';

/** Active funding officers other than `exceptId`, by name („Abgeben“ offers them). */
export async function listOfficers({ exceptId }: { exceptId: string }) {
  return db.user.findMany({
    where: { role: 'OFFICER', disabledAt: null, id: { not: exceptId } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}
