'use client';

import { useEffect, useRef } from 'react';

/** The result of a form that sent a mail: a status region whose heading takes the focus. */
export function SentNotice({ title, text, headingLevel = 2, children }: { title: string; text: string; headingLevel?: 2 | 3; children?: React.ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div role="status" className="max-w-2xl rounded border-l-4 border-brand-700 bg-brand-50 p-4">
      <Heading ref={heading} tabIndex={-1} className="mb-2 text-xl font-bold text-brand-900 focus:outline-none">
        {title}
      </Heading>
      <p>{text}</p>
      {children}
    </div>
  );
}
