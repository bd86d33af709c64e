import * as z from 'zod/mini';

/** „Deaktivieren“ / „Wieder aktivieren“ (/admin/users/[id]). */
export const setUserDisabledSchema = z.object({
  disabled: z.boolean(),
});
