/** E-mail addresses are compared case-insensitively: they are stored trimmed and lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
