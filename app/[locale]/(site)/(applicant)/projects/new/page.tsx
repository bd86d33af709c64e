import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { listCountries } from '@/lib/projects/countries';
import { PageHeader } from '@/components/ui/page-header';
import { EMPTY_PROJECT, ProjectForm } from '@/components/projects/project-form';
import { createProjectAction } from './actions';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('projects');
  return { title: t('new.title') };
}

export default async function NewProjectPage() {
  await requirePermission('project:write');
  const [t, locale] = await Promise.all([getTranslations('projects'), getLocale()]);
  return (
    <ClientMessages namespaces={['projects']}>
      <PageHeader title={t('new.title')}>
        <p>{t('new.intro')}</p>
      </PageHeader>
      <ProjectForm
        initial={EMPTY_PROJECT}
        countries={listCountries(locale)}
        action={createProjectAction}
        submitLabel={t('form.create')}
        cancelHref="/projects"
      />
    </ClientMessages>
  );
}
