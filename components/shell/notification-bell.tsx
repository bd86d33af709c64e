/**
 * The bell in the header: a link to /notifications with the number of unread ones. The number is
 * shown as text (not by colour alone) and named in the link's accessible name
 * („Benachrichtigungen, 3 ungelesen“). Plain <a>: the shell stays free of next/link (ADR 010).
 */
export function NotificationBell({ count, labels }: { count: number; labels: { unread: string; noneUnread: string } }) {
  const label = count > 0 ? labels.unread.replace('{count}', String(count)) : labels.noneUnread;
  return (
    <a
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded px-2 text-brand-900 hover:bg-brand-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span aria-hidden="true" className="rounded-full bg-brand-800 px-1.5 text-xs leading-5 font-bold text-white">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </a>
  );
}
