/**
 * The PostgreSQL server of the tests (TEST_DATABASE_URL) and the databases made on it: the
 * integration template and per-file clones (tests/setup/) and the browser tests' database
 * (scripts/test.ts), and the benchmarks' databases (scripts/bench/). Only `pg`.
 */
import pg from 'pg';

/** The same server, another database. */
export function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Runs one statement (CREATE/DROP DATABASE …) on its own connection to `url`. */
export async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
