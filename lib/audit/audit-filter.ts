import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AuditFilters } from '@/lib/audit/list-audit-events-schema';
import { listAuditSubjectTypes } from '@/lib/audit/list-audit-filter-options';

/** At most this many people an actor search stands for (their ids go into one IN list). */
export const MAX_ACTOR_MATCHES = 20;

/** The portal's time zone: a day in the filter is a day in Saxony-Anhalt. */
const TIME_ZONE = 'Europe/Berlin';

export type ActorMatches = { people: { id: string; name: string; email: string }[]; more: boolean };

export type ResolvedAuditFilter = {
  /** One WHERE condition on AuditEvent `e`. */
  where: Prisma.Sql;
  /** Who an actor search found (null without one). */
  actors: ActorMatches | null;
  /** Nothing can match (an actor search that found nobody): no need to ask the log. */
  nothing: boolean;
};

/** UTC offset of `timeZone` at `instant`, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in Berlin, `days` later. */
export function startOfBerlinDay(day: string, days = 0): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  const guess = midnightUtc - offsetMs(new Date(midnightUtc), TIME_ZONE);
  // Once more at the guess: the offset may differ across a daylight-saving change.
  return new Date(midnightUtc - offsetMs(new Date(guess), TIME_ZONE));
}

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** The people an actor search means: the one with exactly this address, else everyone whose name or address contains it. */
async function findActors(search: string): Promise<ActorMatches> {
  const exact = await db.user.findMany({ where: { email: search.toLowerCase() }, select: { id: true, name: true, email: true } });
  if (exact.length > 0) return { people: exact, more: false };
  const pattern = containsPattern(search);
  const people = await db.$queryRaw<{ id: string; name: string; email: string }[]>`
    SELECT "id", "name", "email" FROM "User"
    WHERE "name" ILIKE ${pattern} OR "email" ILIKE ${pattern}
    ORDER BY "name", "email", "id"
    LIMIT ${MAX_ACTOR_MATCHES + 1}`;
  return { people: people.slice(0, MAX_ACTOR_MATCHES), more: people.length > MAX_ACTOR_MATCHES };
}

/**
 * The filters as one condition on AuditEvent `e`, written so that each can be read through its
 * index ending in (at, id) (migration *_audit_log): the actor's ids (one IN list), the exact
 * action, the subject (type and id; an id without a type is looked up under every type there
 * is), and the time range (Berlin days, `to` included).
 */
export async function resolveAuditFilter(filters: AuditFilters): Promise<ResolvedAuditFilter> {
  const conditions: Prisma.Sql[] = [];
  let actors: ActorMatches | null = null;
  if (filters.actor) {
    actors = await findActors(filters.actor);
    if (actors.people.length === 0) return { where: Prisma.sql`FALSE`, actors, nothing: true };
    conditions.push(Prisma.sql`e."actorId" IN (${Prisma.join(actors.people.map((person) => person.id))})`);
  }
  if (filters.action) conditions.push(Prisma.sql`e."action" = ${filters.action}`);
  if (filters.type) conditions.push(Prisma.sql`e."subjectType" = ${filters.type}`);
  if (filters.subject) {
    if (!filters.type) {
      const types = await listAuditSubjectTypes();
      if (types.length === 0) return { where: Prisma.sql`FALSE`, actors, nothing: true };
      conditions.push(Prisma.sql`e."subjectType" IN (${Prisma.join(types)})`);
    }
    conditions.push(Prisma.sql`e."subjectId" = ${filters.subject}`);
  }
  if (filters.from) conditions.push(Prisma.sql`e."at" >= ${startOfBerlinDay(filters.from)}`);
  if (filters.to) conditions.push(Prisma.sql`e."at" < ${startOfBerlinDay(filters.to, 1)}`);
  return { where: conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`, actors, nothing: false };
}
