/**
 * Checks every text a schema accepts carries (zod/mini checks; classic schemas take them with
 * `.check(…)` as well). PostgreSQL cannot store U+0000 in text: without this a NUL byte that a
 * client sends became a 500, and an autosave retried it for ever. Its message, `nulCharacter`,
 * is shared by every form (errors.domain.nulCharacter). tests/unit/nul-characters.test.ts finds
 * any text field without it.
 */
import * as z from 'zod/mini';

export const noNul = z.refine<string>((value) => !value.includes('\u0000'), 'nulCharacter');
