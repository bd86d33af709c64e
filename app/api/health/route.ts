import { checkDatabase } from '@/lib/health/check-database';

export const dynamic = 'force-dynamic';

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. Public. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? 'ok' : 'unavailable', database: database ? 'up' : 'down' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
