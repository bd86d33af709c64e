import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';
import { getProject } from '@/lib/projects/get-project';

/** For pages: getProject, with "not found or not visible" answered as 404 (app/not-found.tsx). */
export async function getProjectOrNotFound(options: Parameters<typeof getProject>[0]) {
  try {
    return await getProject(options);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
