import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('shell');
  const links = [
    { href: '/impressum', label: t('imprint') },
    { href: '/datenschutz', label: t('privacy') },
    { href: '/barrierefreiheit', label: t('accessibility') },
  ];
  return (
    <footer className="mt-12 border-t border-brand-100 bg-brand-50">
      <nav aria-label={t('footerNavigation')} className="mx-auto max-w-5xl px-4 py-6">
        <ul className="flex flex-wrap gap-6 text-sm">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-brand-800 underline hover:text-brand-900">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
