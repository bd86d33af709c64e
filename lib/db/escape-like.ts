/**
 * A text for Prisma's `contains` / `startsWith` (LIKE / ILIKE on PostgreSQL, whose escape
 * character is the backslash): `%`, `_` and `\` taken literally. Prisma passes the value
 * unescaped, so a search for „100%“ would otherwise match every „100…“.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
