'use client';

import { navigationFor, type NavigationKey } from '@/components/shell/navigation-items';
import { useSessionUser } from '@/components/shell/session-context';
import { useLocalPathname } from '@/components/shell/use-local-pathname';

/** The main navigation for the signed-in user's role (or for anonymous visitors). */
export function MainNav({ label, labels }: { label: string; labels: Record<NavigationKey, string> }) {
  const pathname = useLocalPathname();
  const user = useSessionUser();
  const items = navigationFor(user?.role ?? null);
  // The most specific item is current: /review/dashboard is „Übersicht“, not „Prüfung“ (/review).
  const matching = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  const currentHref = matching.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-4">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-4 px-3 py-2 font-medium ${
                  current ? 'border-brand-700 text-brand-900' : 'border-transparent text-brand-800 hover:border-brand-100'
                }`}
              >
                {labels[item.key]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
