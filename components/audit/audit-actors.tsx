import { getTranslations } from 'next-intl/server';
import type { ActorMatches } from '@/lib/audit/audit-filter';

/** Whom a person search found: nobody, the people (name and address), or more than can be shown. */
export async function AuditActors({ search, actors }: { search: string; actors: ActorMatches }) {
  const t = await getTranslations('audit');
  const text =
    actors.people.length === 0
      ? t('actorNone', { actor: search })
      : actors.more
        ? t('actorMany', { actor: search, count: actors.people.length })
        : t('actorMatches', { names: actors.people.map((person) => `${person.name} (${person.email})`).join(', ') });
  return (
    <p className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2">
      {text}
    </p>
  );
}
