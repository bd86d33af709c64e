'use client';

/** The line under an /account form that says it was saved (role="status": read out when it appears). */
export function SavedStatus({ text }: { text: string | null }) {
  return (
    <p role="status" className={text ? 'rounded border-l-4 border-success bg-green-50 p-3 font-semibold' : 'sr-only'}>
      {text ?? ''}
    </p>
  );
}
