import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/forms/action-result';
import { ActionStatus } from '@/components/ui/action-status';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';

/**
 * „Zwei-Faktor-Anmeldung“ on /admin/users/[id]: on or not set up, and „… zurücksetzen“ (with a
 * confirmation dialog) for a person who lost their device.
 */
export async function TwoFactorResetSection({
  user,
  action,
}: {
  user: { name: string; role: string; totpEnabledAt: Date | null };
  action: () => Promise<ActionResult<{ reset: boolean }>>;
}) {
  const t = await getTranslations('adminUsers');
  const staff = user.role !== 'APPLICANT';
  return (
    <section aria-labelledby="two-factor-heading" className="mb-10">
      <h2 id="two-factor-heading" className="mb-3 text-2xl font-bold text-brand-900">
        {t('twoFactor.heading')}
      </h2>
      <ActionStatus>
        <p className="mb-3 max-w-2xl" data-testid="two-factor-state">
          {user.totpEnabledAt ? t('twoFactor.on') : staff ? t('twoFactor.offStaff') : t('twoFactor.off')}
        </p>
        {user.totpEnabledAt && (
          <>
            <p className="mb-3 max-w-2xl">{t('twoFactor.text')}</p>
            <ConfirmActionButton
              label={t('twoFactor.submit')}
              title={t('twoFactor.title')}
              text={t('twoFactor.confirmText', { name: user.name })}
              confirmLabel={t('twoFactor.submit')}
              cancelLabel={t('access.cancel')}
              namespace="adminUsers"
              action={action}
              done={t('twoFactor.done')}
              size="sm"
            />
          </>
        )}
      </ActionStatus>
    </section>
  );
}
