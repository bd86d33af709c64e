import { legalPageRoute } from '@/components/legal/legal-page';

/** Cached per language; rendered on the first request and again when an administrator saves the text (ADR 011). */
export const dynamic = 'error';
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

const route = legalPageRoute('barrierefreiheit');
export const generateMetadata = route.generateMetadata;
export default route.LegalRoute;
