'use client';

import { lazy, Suspense } from 'react';
import type { IdleLabels } from '@/components/auth/idle-session-watcher';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { useSessionUser } from '@/components/shell/session-context';
import { buttonClass } from '@/components/ui/button-classes';
import { NotificationBell } from '@/components/shell/notification-bell';

/** The idle-timeout dialog's code loads only for signed-in users (ADR 022). */
const IdleSessionWatcher = lazy(() => import('@/components/auth/idle-session-watcher'));

/** The header's corner: the bell, „Angemeldet als …“ with „Mein Konto“ and „Abmelden“, or „Anmelden“ (nothing while a cached page still asks). */
export function AccountArea({
  labels,
  idleLabels,
}: {
  labels: { signIn: string; signOut: string; signedInAs: string; account: string; notificationsUnread: string; notificationsNoneUnread: string };
  idleLabels: IdleLabels;
}) {
  const user = useSessionUser();
  if (user === undefined) return <span aria-hidden="true" className="inline-block h-9 w-24" />;
  if (user === null) {
    return (
      <a href="/login" className={buttonClass('primary', 'compact')}>
        {labels.signIn}
      </a>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <NotificationBell
        count={user.unreadNotifications ?? 0}
        labels={{ unread: labels.notificationsUnread, noneUnread: labels.notificationsNoneUnread }}
      />
      <span className="text-sm" data-testid="current-user">
        {labels.signedInAs} {user.name}
      </span>
      <a href="/account" className="text-sm text-brand-800 underline">
        {labels.account}
      </a>
      <SignOutButton label={labels.signOut} />
      <Suspense fallback={null}>
        <IdleSessionWatcher role={user.role} labels={idleLabels} />
      </Suspense>
    </div>
  );
}
