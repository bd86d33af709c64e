'use client';

import { createContext, useContext } from 'react';

type ErrorTexts = { title: string; text: string; retry: string };

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The texts of the error page (components/shell/error-page.tsx), translated on the server by the root layout.
 * The error boundary is part of every page; with its three texts handed down like this, pages
 * without forms load no message-formatting code at all.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: React.ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error('useErrorTexts outside ErrorTextsProvider');
  return texts;
}
