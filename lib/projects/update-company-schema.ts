import { addCompanySchema } from '@/lib/projects/add-company-schema';

/** Editing a company checks exactly what adding one checks (lib/projects/add-company-schema.ts). */
export const updateCompanySchema = addCompanySchema;
