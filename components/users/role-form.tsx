'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { STAFF_ROLES, type StaffRole } from '@/lib/users/staff-roles';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldLabel, INPUT_CLASS, describedBy } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';

/** „Rolle ändern“ on /admin/users/[id] (staff accounts): Förderreferent/in or Administrator/in. */
export function RoleForm({ role, action }: { role: StaffRole; action: (input: { role: StaffRole }) => Promise<ActionResult<{ role: StaffRole }>> }) {
  const t = useTranslations('adminUsers');
  const tr = useTranslations('roles');
  const router = useRouter();
  const [saved, setSaved] = useState<StaffRole | null>(null);
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'adminUsers',
    fields: ['role'],
    schema: () => import('@/lib/users/change-user-role-schema').then((m) => m.changeUserRoleSchema),
    action,
    onSuccess: (data) => {
      setSaved(data.role);
      router.refresh();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    submit({ role: String(new FormData(event.currentTarget).get('role') ?? '') as StaffRole });
  }

  const error = errors.role?.join(' ');
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('role.label'), () => 'user-role')} />
      <div>
        <FieldLabel id="user-role" label={t('role.label')} />
        <select
          id="user-role"
          name="role"
          defaultValue={role}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('user-role', { error })}
          className={INPUT_CLASS}
        >
          {STAFF_ROLES.map((value) => (
            <option key={value} value={value}>
              {tr(value)}
            </option>
          ))}
        </select>
        <FieldError id="user-role" error={error} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass('primary', 'sm')}>
          {pending ? t('role.saving') : t('role.submit')}
        </button>
        <p role="status" className="font-semibold">
          {saved ? t('role.saved', { role: tr(saved) }) : ''}
        </p>
      </div>
    </form>
  );
}
