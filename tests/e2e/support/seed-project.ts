import { randomUUID } from 'node:crypto';
import { withDatabase } from './fixtures';

/**
 * A project of the demo applicant's organisation with its draft self-assessment (revision 1
 * on the published catalogue, 22 open answers), written straight into the portal's database —
 * for journeys that start at the self-assessment. The project form has its own journey.
 */
export async function seedProject({
  title = `E2E-Projekt ${randomUUID().slice(0, 8)}`,
  targetGroup = 'BOTH',
  countries = ['VN'],
}: { title?: string; targetGroup?: 'SKILLED_WORKERS' | 'APPRENTICES' | 'BOTH'; countries?: string[] } = {}) {
  return withDatabase(async (db) => {
    const id = `e2e-${randomUUID()}`;
    const { rows } = await db.query<{ id: string; organisationId: string }>(
      `SELECT id, "organisationId" FROM "User" WHERE email = 'antrag@demo.example'`,
    );
    const user = rows[0]!;
    await db.query('BEGIN');
    try {
      await db.query(
        `INSERT INTO "Project" (id, "organisationId", title, description, "startDate", "endDate", "targetGroup",
           "plannedParticipants", countries, occupations, region, "createdById", "updatedAt")
         VALUES ($1, $2, $3, 'Testprojekt', '2027-01-01', '2028-12-31', $4, 10, $5, 'Pflege', 'magdeburg', $6, now())`,
        [id, user.organisationId, title, targetGroup, countries, user.id],
      );
      await db.query(`INSERT INTO "Assessment" (id, "projectId", "updatedAt") VALUES ($1, $2, now())`, [`${id}-a`, id]);
      await db.query(
        `INSERT INTO "Revision" (id, "assessmentId", number, "catalogueVersionId")
         SELECT $1, $2, 1, id FROM "CatalogueVersion" WHERE status = 'PUBLISHED' ORDER BY number DESC LIMIT 1`,
        [`${id}-r1`, `${id}-a`],
      );
      await db.query(
        `INSERT INTO "Answer" (id, "revisionId", "standardKey", "updatedAt")
         SELECT $1 || s.key, $2, s.key, now() FROM "Standard" s
         JOIN "Revision" r ON r."catalogueVersionId" = s."versionId" WHERE r.id = $2 AND NOT s.retired`,
        [`${id}-`, `${id}-r1`],
      );
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
    return { id, title };
  });
}
