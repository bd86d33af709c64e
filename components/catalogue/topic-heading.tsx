import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';

/** A topic (Themenbereich) heading in the selected language, German where no English exists. */
export function TopicHeading({ locale, topic, className }: { locale: string; topic: { heading: string; headingEn: string | null }; className: string }) {
  const heading = localizeCatalogueText({ locale, de: topic.heading, en: topic.headingEn });
  return (
    <h3 className={className} lang={heading.lang}>
      {heading.text}
    </h3>
  );
}
