/**
 * Defect 14 of #10: the app's database role could disable the audit trigger (it owned the
 * tables). With two roles (ADR 026) the app acts as a role that owns nothing: it cannot change,
 * empty or unprotect the audit log, nor empty or change a submitted revision behind its triggers.
 * The connection switches to the app role with SET ROLE, so the test runs on the embedded
 * database as well as on a server.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoleGrants, currentRoleProblems, grantAppRole } from '@/lib/db/app-role';
import { seed } from '@/prisma/seed/seed';
import { createSubmittedRevision, createTestProject, demoActors } from '@/tests/support/factories';

const role = `portal_app_${Math.random().toString(36).slice(2, 8)}`;
let client: pg.Client;
let submittedRevisionId: string;

/** The SQLSTATE a statement fails with as the app role (null: it succeeded). */
async function asApp(sql: string, values: unknown[] = []): Promise<string | null> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL ROLE ${role}`);
    await client.query(sql, values);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown';
  } finally {
    await client.query('ROLLBACK');
  }
}

beforeAll(async () => {
  await seed({ demo: true });
  const { applicant } = await demoActors();
  const project = await createTestProject({ actor: applicant });
  ({ revisionId: submittedRevisionId } = await createSubmittedRevision({ actor: applicant, projectId: project.id }));
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`CREATE ROLE ${role} NOLOGIN`);
  await grantAppRole({ ownerUrl: process.env.DATABASE_URL!, role });
});

afterAll(async () => {
  await client.query(`DROP OWNED BY ${role}`);
  await client.query(`DROP ROLE ${role}`);
  await client.end();
});

describe('the app role (two database roles, ADR 026)', () => {
  it('reads and writes what the app needs, and adds audit events', async () => {
    expect(await asApp('SELECT count(*) FROM "User"')).toBeNull();
    expect(await asApp(`UPDATE "User" SET locale = locale WHERE email = 'antrag@demo.example'`)).toBeNull();
    expect(await asApp(`INSERT INTO "AuditEvent" (id, action, "subjectType") VALUES ('app-role-test', 'test.insert', 'Test')`)).toBeNull();
    // The job queue's schema is the app's own (pg-boss adds a table per queue).
    expect(await asApp('CREATE TABLE pgboss.probe (id int)')).toBeNull();
    expect(await asApp('SELECT version FROM pgboss.version')).toBeNull();
    // … but it cannot create schemas of its own: CREATE on the database was only lent for that.
    expect(await asApp('CREATE SCHEMA elsewhere')).toBe('42501');
  });

  it('can neither change, empty nor unprotect the audit log (insufficient privilege, 42501)', async () => {
    expect(await asApp(`UPDATE "AuditEvent" SET action = 'changed'`)).toBe('42501');
    expect(await asApp('DELETE FROM "AuditEvent"')).toBe('42501');
    expect(await asApp('TRUNCATE "AuditEvent"')).toBe('42501');
    expect(await asApp('ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL')).toBe('42501');
    expect(await asApp('DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"')).toBe('42501');
  });

  it('cannot empty the tables of submitted revisions, and their triggers hold against it', async () => {
    expect(await asApp('TRUNCATE "Answer" CASCADE')).toBe('42501');
    expect(await asApp('ALTER TABLE "Answer" DISABLE TRIGGER ALL')).toBe('42501');
    expect(await asApp(`UPDATE "Answer" SET implementation = 'geändert' WHERE "revisionId" = $1`, [submittedRevisionId])).not.toBeNull();
    expect(await asApp(`DELETE FROM "Revision" WHERE id = $1`, [submittedRevisionId])).not.toBeNull();
    expect(await asApp('UPDATE "_prisma_migrations" SET checksum = checksum')).toBe('42501');
  });

  it('reports nothing wrong for the app role, and what is wrong for the owner', async () => {
    await client.query('BEGIN');
    try {
      expect(await currentRoleProblems(client)).toContain('die Rolle der App besitzt die Tabellen (sie könnte Trigger abschalten)');
      await client.query(`SET LOCAL ROLE ${role}`);
      expect(await currentRoleProblems(client)).toEqual([]);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('quotes the role name', () => {
    expect(appRoleGrants('app"; DROP TABLE x; --')[0]).toBe('GRANT USAGE ON SCHEMA public TO "app""; DROP TABLE x; --"');
  });
});
