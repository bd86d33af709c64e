'use client';

import { createContext, useContext, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * A status line (role="status") for the actions inside it: a row's button that removes its own row
 * says what it did here, where the message outlives the row (`useAnnounce()`).
 */
export function ActionStatus({ children, className }: { children: React.ReactNode; className?: string }) {
  const [message, setMessage] = useState('');
  return (
    <AnnounceContext value={setMessage}>
      <p role="status" className={message ? `mb-4 rounded border-l-4 border-success bg-green-50 p-3 font-semibold ${className ?? ''}` : 'sr-only'}>
        {message}
      </p>
      {children}
    </AnnounceContext>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
