import { getFormatter, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import type { Role } from '@/lib/auth/permissions';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';

type Invitation = { id: string; email: string; role: Role; expiresAt: Date; invitedBy: string | null };

/** „Offene Einladungen“ of staff on /admin/users, each with „Zurücknehmen“ (asks first). */
export async function StaffInvitations({
  invitations,
  revoke,
}: {
  invitations: Invitation[];
  /** revokeStaffInvitationAction, bound per row. */
  revoke: (invitationId: string) => Promise<ActionResult<{ email: string }>>;
}) {
  const [t, tr, format] = await Promise.all([getTranslations('adminUsers'), getTranslations('roles'), getFormatter()]);
  if (invitations.length === 0) return <p>{t('invitations.none')}</p>;
  return (
    <div role="region" aria-labelledby="staff-invitations-caption" tabIndex={0} className="overflow-x-auto focus-visible:outline-2">
      <table className="w-full border-collapse text-left [&_td]:p-2 [&_th]:p-2 [&>tbody>tr]:border-b [&>tbody>tr]:border-b-gray-300" data-testid="staff-invitations">
        <caption id="staff-invitations-caption" className="sr-only">
          {t('invitations.caption')}
        </caption>
        <thead className="border-b-2 border-brand-700 bg-brand-50">
          <tr>
            <th scope="col">{t('invitations.email')}</th>
            <th scope="col">{t('invitations.role')}</th>
            <th scope="col">{t('invitations.invitedBy')}</th>
            <th scope="col">{t('invitations.expiresAt')}</th>
            <th scope="col">{t('invitations.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" className="min-w-40 font-normal break-words">
                {invitation.email}
              </th>
              <td className="min-w-32">{tr(invitation.role)}</td>
              <td className="min-w-28">{invitation.invitedBy ?? '–'}</td>
              <td className="min-w-28">
                <time dateTime={invitation.expiresAt.toISOString()}>{format.dateTime(invitation.expiresAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </td>
              <td>
                <ConfirmActionButton
                  label={t('invitations.revoke')}
                  accessibleLabel={t('invitations.revokeLabel', { email: invitation.email })}
                  title={t('invitations.confirmTitle')}
                  text={t('invitations.confirmText', { email: invitation.email })}
                  confirmLabel={t('invitations.confirm')}
                  cancelLabel={t('invitations.cancel')}
                  namespace="adminUsers"
                  action={revoke.bind(null, invitation.id)}
                  done={t('invitations.revoked', { email: invitation.email })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
