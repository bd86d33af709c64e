import { z } from 'zod';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The list's query string (?page=2); anything unknown falls back to the first page. */
export const listNotificationsSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
