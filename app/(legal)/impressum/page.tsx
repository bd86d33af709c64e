import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LegalPageView } from '@/components/legal/legal-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell');
  return { title: t('imprint') };
}

export default function ImpressumPage() {
  return <LegalPageView page="impressum" />;
}
