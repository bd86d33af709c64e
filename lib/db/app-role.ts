/**
 * Two database roles on a server (ADR 026): the migration role (MIGRATION_DATABASE_URL) owns the
 * schema and runs migrations and the seed; the app (DATABASE_URL) runs as a role that owns
 * nothing. Only an owner (or a superuser) can disable a trigger or alter a table, so the triggers
 * that keep the audit log append-only and submitted revisions, decisions and published catalogue
 * versions unchanged hold against the app itself; TRUNCATE, which skips row triggers, is not
 * granted at all, and the audit table gets no UPDATE or DELETE either. `npm start` and
 * `npm run db:migrate` apply these grants after every migration (new tables included). Only `pg`:
 * the scripts use it before the app's Prisma client exists.
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import { JOB_QUEUE_SCHEMA } from '@/lib/jobs/job-queue';

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** The role a PostgreSQL URL signs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres';
}

/** The statements that give `role` what the app needs and no more (idempotent). */
export function appRoleGrants(role: string): string[] {
  const r = quote(role);
  return [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${r}`,
    // The audit log is append-only (its triggers say so too).
    `REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${r}`,
    // The migration history is the migration role's; the app only reads it.
    `REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
  ];
}

/**
 * Applies appRoleGrants on the database of `ownerUrl` (the migration role's connection), and
 * installs the job queue's schema (pg-boss, ADR 015) as the app role when it is missing: pg-boss
 * adds a table per queue at run time, so the app owns that schema. pg-boss would create it on
 * its first start, but creating a schema needs CREATE on the database, which the app role holds
 * only for the moment of this installation.
 */
export async function grantAppRole({ ownerUrl, role }: { ownerUrl: string; role: string }): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const statement of appRoleGrants(role)) await client.query(statement);
    await client.query('COMMIT');
    await installJobQueueSchema(client, role);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function installJobQueueSchema(client: pg.Client, role: string) {
  const { rows } = await client.query<{ installed: boolean; database: string }>(
    `SELECT to_regclass('${JOB_QUEUE_SCHEMA}.version') IS NOT NULL AS installed, current_database() AS database`,
  );
  if (rows[0]!.installed) return;
  const database = quote(rows[0]!.database);
  await client.query(`GRANT CREATE ON DATABASE ${database} TO ${quote(role)}`);
  try {
    await client.query(`SET ROLE ${quote(role)}`);
    // pg-boss's own installation script (one transaction of its own, under its advisory lock).
    await client.query(PgBoss.getConstructionPlans(JOB_QUEUE_SCHEMA));
  } finally {
    await client.query('RESET ROLE');
    await client.query(`REVOKE CREATE ON DATABASE ${database} FROM ${quote(role)}`);
  }
}

/**
 * What is wrong with the app's role for the protection above, in words for the start log:
 * empty when it owns nothing and may neither change nor empty the audit log.
 */
export async function appRoleProblems(appUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    return await currentRoleProblems(client);
  } finally {
    await client.end();
  }
}

/** appRoleProblems for the role a connection currently acts as. */
export async function currentRoleProblems(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ superuser: boolean; owns_audit: boolean; may_change_audit: boolean }>(`
    SELECT r.rolsuper AS superuser,
           pg_has_role(current_user, c.relowner, 'USAGE') AS owns_audit,
           has_table_privilege(c.oid, 'UPDATE, DELETE, TRUNCATE') AS may_change_audit
      FROM pg_roles r, pg_class c
     WHERE r.rolname = current_user AND c.oid = '"AuditEvent"'::regclass`);
  const row = rows[0];
  if (!row) return [];
  const problems: string[] = [];
  if (row.superuser) problems.push('die Rolle der App ist Superuser');
  if (row.owns_audit) problems.push('die Rolle der App besitzt die Tabellen (sie könnte Trigger abschalten)');
  if (row.may_change_audit) problems.push('die Rolle der App darf das Audit-Log ändern oder leeren');
  return problems;
}
