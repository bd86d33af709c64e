import { z } from 'zod';
import { noNul } from '@/lib/forms/text-checks';
import { NotFoundError } from '@/lib/errors';

const idSchema = z.string().check(noNul).min(1).max(100);

/** An id a page bound to its action (or a route parameter): anything malformed is simply not found. */
export function parseId(value: unknown, what = 'resource'): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}

/** The `updatedAt` a form was opened with (ISO 8601), for the optimistic check; undefined when absent or malformed. */
export function parseExpectedUpdatedAt(value: unknown): string | undefined {
  const parsed = z.iso.datetime().safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
