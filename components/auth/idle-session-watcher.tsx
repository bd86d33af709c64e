'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Role } from '@/lib/auth/permissions';
import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { ACTIVITY_REPORT_INTERVAL_MS, IDLE_WARNING_MS, idleTimeoutMs } from '@/lib/auth/session-policy';
import { reportActivity, signOutHere } from '@/components/auth/auth-requests';
import { buttonClass } from '@/components/ui/button-classes';

/** Shared by every tab of the portal: activity in one keeps the others' sessions too. */
const ACTIVITY_KEY = 'portal.session.lastActivity';
const REPORTED_KEY = 'portal.session.lastReport';

export type IdleLabels = { title: string; text: string; stay: string; signOut: string };

function readTime(key: string): number {
  try {
    return Number(window.localStorage.getItem(key)) || 0;
  } catch {
    return 0;
  }
}

function writeTime(key: string, value: number): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // Storage unavailable (private mode, quota): this tab keeps its own times.
  }
}

/**
 * The browser's side of the idle timeout (ADR 022; the server's rule is lib/auth/session-claims.ts,
 * whatever this component does). Clicks and keys count as activity and are reported to the server
 * at most once a minute (POST /api/auth/session), so the session's last activity follows the
 * person; a page load counts too. Two minutes before the role's timeout a modal dialog asks
 * „Angemeldet bleiben?“ (focus moves to its button, and back to where it was when it closes);
 * „Angemeldet bleiben“ or Escape report activity, „Jetzt abmelden“ or no answer sign out and show
 * the sign-in form with the reason (`/login?reason=idle`). Tabs share the times through
 * localStorage, so a tab left alone follows the one in use.
 */
export default function IdleSessionWatcher({ role, labels }: { role: Role; labels: IdleLabels }) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [deadline, setDeadline] = useState<number | null>(null);
  const warning = useRef(false);
  const actions = useRef<{ stay: () => void; signOut: () => void }>({ stay: () => {}, signOut: () => {} });

  useEffect(() => {
    const timeout = idleTimeoutMs(role);
    let lastActivity = Date.now();
    let lastReport = 0;
    let ended = false;
    const activity = () => Math.max(lastActivity, readTime(ACTIVITY_KEY));

    function markActive() {
      if (warning.current || ended) return;
      const now = Date.now();
      // localStorage is written at most every few seconds, not on every key.
      if (now - lastActivity > 5_000 || readTime(ACTIVITY_KEY) < lastActivity) writeTime(ACTIVITY_KEY, now);
      lastActivity = now;
    }

    function report() {
      const now = Date.now();
      lastReport = now;
      writeTime(REPORTED_KEY, now);
      void reportActivity().catch(() => undefined);
    }

    async function end() {
      if (ended) return;
      ended = true;
      window.clearInterval(timer);
      await signOutHere().catch(() => undefined);
      // A full navigation, like „Abmelden“: nothing of the signed-in page stays.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/login?reason=idle');
    }

    function hideWarning() {
      warning.current = false;
      setDeadline(null);
    }

    function tick() {
      if (ended) return;
      const now = Date.now();
      const due = activity() + timeout;
      if (now >= due) return void end();
      if (now >= due - IDLE_WARNING_MS) {
        if (!warning.current) {
          warning.current = true;
          setDeadline(due);
        }
        return;
      }
      // Another tab was used meanwhile.
      if (warning.current) hideWarning();
      const reported = Math.max(lastReport, readTime(REPORTED_KEY));
      if (activity() > reported && now - reported >= ACTIVITY_REPORT_INTERVAL_MS) report();
    }

    actions.current = {
      stay: () => {
        hideWarning();
        lastActivity = Date.now();
        writeTime(ACTIVITY_KEY, lastActivity);
        report();
      },
      signOut: () => void end(),
    };

    markActive();
    writeTime(ACTIVITY_KEY, lastActivity);
    const timer = window.setInterval(tick, 1_000);
    const options = { capture: true, passive: true } as const;
    window.addEventListener('pointerdown', markActive, options);
    window.addEventListener('keydown', markActive, options);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pointerdown', markActive, options);
      window.removeEventListener('keydown', markActive, options);
    };
  }, [role]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (deadline !== null && !dialog.open) dialog.showModal();
    if (deadline === null && dialog.open) dialog.close();
  }, [deadline]);

  const time =
    deadline === null ? '' : new Intl.DateTimeFormat(document.documentElement.lang || DEFAULT_LOCALE, { hour: '2-digit', minute: '2-digit' }).format(deadline);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      data-testid="idle-dialog"
      onCancel={(event) => {
        event.preventDefault();
        actions.current.stay();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg p-6 shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="mb-2 text-xl font-semibold text-brand-900">
        {labels.title}
      </h2>
      <p id={`${id}-text`} className="mb-5">
        {labels.text.replace('{time}', time)}
      </p>
      <div className="flex flex-wrap gap-3">
        {/* The first button takes the focus when the dialog opens (showModal). */}
        <button type="button" onClick={() => actions.current.stay()} className={buttonClass('primary', 'sm')}>
          {labels.stay}
        </button>
        <button type="button" onClick={() => actions.current.signOut()} className={buttonClass('secondary', 'sm')}>
          {labels.signOut}
        </button>
      </div>
    </dialog>
  );
}
