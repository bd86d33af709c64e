import { requireApiPermission } from '@/lib/auth/api-guards';
import { contentDisposition } from '@/lib/evidence/content-disposition';
import { parseId } from '@/lib/forms/action-args';
import { toErrorResponse } from '@/lib/forms/to-action-failure';
import { exportPersonData } from '@/lib/privacy/export-person-data';

export const dynamic = 'force-dynamic';

/**
 * Art. 15 DSGVO: everything the portal holds about one person as a JSON download
 * (lib/privacy/export-person-data.ts) — for the person themselves („Meine Daten herunterladen“,
 * /account) and for administrators („Daten exportieren“, /admin/privacy). Anonymous → 401;
 * someone else's id without `privacy:manage` → 404, never data. Each export is audited.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const guard = await requireApiPermission('account:read');
  if (guard.response) return guard.response;
  try {
    const userId = parseId((await params).userId, 'User');
    const data = await exportPersonData({ actor: guard.user, userId });
    const day = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': contentDisposition(`personal-data-${userId}-${day}.json`),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error, 'privacy/export');
  }
}
