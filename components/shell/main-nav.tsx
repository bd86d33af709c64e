'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function MainNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-4">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-4 px-3 py-2 font-medium ${
                  current ? 'border-brand-700 text-brand-900' : 'border-transparent text-brand-800 hover:border-brand-100'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
