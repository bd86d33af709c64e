import type { Db } from '@/lib/db/create-prisma-client';

export type { Db };
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
/** Either the client or a transaction: domain functions that may run inside a caller's transaction take this. */
export type DbOrTx = Db | Tx;
