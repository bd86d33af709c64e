'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { STAFF_ROLES, type StaffRole } from '@/lib/users/staff-roles';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, errorId } from '@/components/ui/field';
import { UncontrolledTextField } from '@/components/ui/text-field';
import { BUTTON_PRIMARY } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

type Values = { email: string; role: StaffRole | '' };

/** „Einladen“ on /admin/users: an address and the role (Förderreferent/in or Administrator/in) → the invitation mail. */
export function InviteStaffForm({ action }: { action: (input: Values) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations('adminUsers');
  const tr = useTranslations('roles');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'adminUsers',
    fields: ['email', 'role'],
    schema: () => import('@/lib/users/invite-staff-schema').then((m) => m.inviteStaffSchema),
    action,
    onSuccess: (data) => {
      formRef.current?.reset();
      setSentTo(data.email);
      router.refresh();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSentTo(null);
    const data = new FormData(event.currentTarget);
    submit({ email: String(data.get('invite-email') ?? ''), role: String(data.get('invite-role') ?? '') as Values['role'] });
  }

  const roleError = errors.role?.join(' ');
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <ErrorSummary
        ref={summaryRef}
        title={t('errorSummary')}
        formError={formError}
        fields={summaryFields(
          (field) => t(`invite.${field}`),
          (field) => (field === 'role' ? 'invite-role-OFFICER' : 'invite-email'),
        )}
      />
      <UncontrolledTextField id="invite-email" type="email" autoComplete="off" required label={t('invite.email')} errors={errors.email} />
      <fieldset aria-describedby={roleError ? errorId('invite-role') : undefined}>
        <legend className="field-label">{t('invite.role')}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {STAFF_ROLES.map((role) => (
            <label key={role} className="inline-flex items-center gap-2">
              <input
                id={`invite-role-${role}`}
                type="radio"
                name="invite-role"
                value={role}
                defaultChecked={role === 'OFFICER'}
                className="size-5"
              />
              {tr(role)}
            </label>
          ))}
        </div>
        <FieldError id="invite-role" error={roleError} />
      </fieldset>
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? t('invite.submitting') : t('invite.submit')}
      </button>
      <p role="status" className="font-semibold">
        {sentTo ? t('invite.sent', { email: sentTo }) : ''}
      </p>
    </form>
  );
}
