import { localeParams } from '@/lib/i18n/page-locale';
import { legalPageRoute } from '@/components/legal/legal-page';

/** Rendered at build time, once per language (the text is a file of the build: lib/legal/content). */
export const dynamic = 'error';
export const generateStaticParams = localeParams;

const route = legalPageRoute('impressum');
export const generateMetadata = route.generateMetadata;
export default route.LegalRoute;
