'use client';

import { useEffect, useRef } from 'react';

/**
 * The outcome of an action shown on the page the action led to (e.g. „Katalogversion 3 ist
 * veröffentlicht.“ after `router.push`): a status line that takes the focus when it appears, so
 * a keyboard or screen-reader user starts from it instead of the top of a new page.
 */
export function FocusedStatus({ className, testId, children }: { className?: string; testId?: string; children: React.ReactNode }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => line.current?.focus(), []);
  return (
    <p ref={line} role="status" tabIndex={-1} className={className} data-testid={testId}>
      {children}
    </p>
  );
}
