import 'server-only';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

/**
 * For pages: the value of a scoped read, with "not found or not visible" (NotFoundError)
 * answered as 404 (app/[locale]/(site)/not-found.tsx) — the page's counterpart of toActionFailure.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
