'use client';

import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

type Announce = (message: string, options?: { focus?: boolean }) => void;

const AnnounceContext = createContext<Announce>(() => {});

/**
 * A status line (role="status") for the actions inside it: a row's button that removes its own row
 * says what it did here, where the message outlives the row (`useAnnounce()`). An action whose
 * button goes away with its success („Einreichen“, „Übernehmen“, a decision) also moves the focus
 * here (`{ focus: true }`), so a keyboard user keeps their place; it runs after the effects of the
 * components inside, so after a dialog closing in the same update has given the focus back.
 */
export function ActionStatus({ children, className }: { children: React.ReactNode; className?: string }) {
  const [state, setState] = useState<{ message: string; focus: boolean }>({ message: '', focus: false });
  const line = useRef<HTMLParagraphElement>(null);
  const announce = useCallback<Announce>((message, options) => setState({ message, focus: options?.focus ?? false }), []);
  useEffect(() => {
    if (state.focus) line.current?.focus();
  }, [state]);
  return (
    <AnnounceContext value={announce}>
      <p
        ref={line}
        role="status"
        tabIndex={-1}
        className={state.message ? `mb-4 rounded border-l-4 border-success bg-green-50 p-3 font-semibold ${className ?? ''}` : 'sr-only'}
      >
        {state.message}
      </p>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
