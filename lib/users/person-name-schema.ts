import * as z from 'zod/mini';
import { noNul } from '@/lib/forms/text-checks';

/** The longest name a person may give (registration, staff accounts, contact persons, /account). */
export const PERSON_NAME_MAX_LENGTH = 100;

/** Letters of any script (with their combining marks), spaces, hyphens, apostrophes and periods. */
const PERSON_NAME_CHARACTERS = /^[\p{L}\p{M} '’.-]+$/u;

/**
 * What makes a name look like a web or mail address: `www.`, or a period followed directly by
 * two letters (`beispiel.de`; initials such as „J.R.R. Tolkien“ and „Dr. Anna Schulz“ pass).
 * `://`, `@` and digits never get past the character set.
 */
const LOOKS_LIKE_ADDRESS = /www\.|\.\p{L}{2}/iu;

/**
 * The one rule for a person's name (ADR 024): a name goes into mails the portal sends to other
 * addresses (invitations, notices), so it must not carry a link or an advertisement. Trimmed,
 * required, at most PERSON_NAME_MAX_LENGTH characters, one line, only letters of any script
 * (diacritics included), spaces, hyphen, apostrophe and period, at least one letter, no
 * address-like part. Messages are keys of the shared `errors.domain` catalogue (every form finds
 * them through useErrorText). zod/mini: forms load it.
 */
export const personNameSchema = z.string().check(
  noNul,
  z.trim(),
  z.minLength(1, 'personNameRequired'),
  z.maxLength(PERSON_NAME_MAX_LENGTH, 'personNameTooLong'),
  z.superRefine((value, ctx) => {
    if (value === '' || value.length > PERSON_NAME_MAX_LENGTH || value.includes('\u0000')) return;
    if (!PERSON_NAME_CHARACTERS.test(value) || !/\p{L}/u.test(value)) {
      ctx.issues.push({ code: 'custom', message: 'personNameCharacters', input: value });
    } else if (LOOKS_LIKE_ADDRESS.test(value)) {
      ctx.issues.push({ code: 'custom', message: 'personNameAddress', input: value });
    }
  }),
);
