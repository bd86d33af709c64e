import { createProjectSchema } from '@/lib/projects/create-project-schema';

/** Editing the profile checks exactly what creating it checks (lib/projects/create-project-schema.ts). */
export const updateProjectSchema = createProjectSchema;
