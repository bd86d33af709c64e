import { appRoleProblems, grantAppRole, roleOfUrl } from '../../lib/db/app-role';
import { bin, runOrThrow } from './run';

/**
 * The database's owner connection: MIGRATION_DATABASE_URL on a server with two roles, else the
 * app's own (the embedded database, or a server with one role).
 */
export function ownerUrlFor(appUrl: string, embedded: boolean): string {
  return (!embedded && process.env.MIGRATION_DATABASE_URL) || appUrl;
}

/**
 * Applies the committed migrations as the owner and, with two roles, grants the app's role what
 * it needs and no more (lib/db/app-role.ts, ADR 026). On a server it then says in the log what
 * is still unprotected (one role for both, or a superuser).
 */
export async function migrateDatabase({
  appUrl,
  embedded,
  env,
  quiet = false,
}: {
  appUrl: string;
  embedded: boolean;
  env: NodeJS.ProcessEnv;
  quiet?: boolean;
}): Promise<void> {
  const ownerUrl = ownerUrlFor(appUrl, embedded);
  await runOrThrow(bin('prisma'), ['migrate', 'deploy'], { env: { ...env, DATABASE_URL: ownerUrl }, quiet });
  if (embedded) return;
  if (roleOfUrl(ownerUrl) !== roleOfUrl(appUrl)) await grantAppRole({ ownerUrl, role: roleOfUrl(appUrl) });
  const problems = await appRoleProblems(appUrl);
  if (problems.length > 0) {
    console.warn(
      `[db] Warnung: ${problems.join('; ')}. Das Audit-Log und eingereichte Stände sind gegen die App selbst nicht geschützt — ` +
        'betreiben Sie die App mit einer eigenen Rolle und migrieren Sie mit MIGRATION_DATABASE_URL (README, Sicherheit).',
    );
  }
}
