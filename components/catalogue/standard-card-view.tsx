import { RichText } from '@/components/catalogue/rich-text';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';

/** The texts of a standard as the catalogue and the self-assessment show them. */
export type StandardTexts = {
  key: string;
  number: number;
  text: string;
  textEn: string | null;
  objective: string;
  objectiveEn: string | null;
  information: string | null;
  informationEn: string | null;
};

/** The words around a standard's texts, in the reader's language (`standards` messages). */
export type StandardLabels = { standard: string; objective: string; information: string; noInformation: string };

/**
 * A standard's objective(s) and further information, in `locale` where translated (German per
 * field otherwise, ADR 008). No hooks and no server-only code: the server components of the
 * catalogue and the editor's live preview (a client component) render the same markup.
 */
export function StandardDetailsView({ standard, locale, labels, className }: { standard: StandardTexts; locale: string; labels: StandardLabels; className?: string }) {
  const objective = localizeCatalogueText({ locale, de: standard.objective, en: standard.objectiveEn });
  const information = standard.information ? localizeCatalogueText({ locale, de: standard.information, en: standard.informationEn }) : null;
  return (
    <dl className={className}>
      <div>
        <dt className="font-semibold text-brand-900">{labels.objective}</dt>
        <RichText as="dd" text={objective.text} lang={objective.lang} />
      </div>
      <div>
        <dt className="font-semibold text-brand-900">{labels.information}</dt>
        {information ? (
          <RichText as="dd" text={information.text} lang={information.lang} />
        ) : (
          <dd>
            <p className="text-muted">{labels.noInformation}</p>
          </dd>
        )}
      </div>
    </dl>
  );
}

/**
 * One standard of the public catalogue: „Standard n“, its text and details. `idPrefix` keeps
 * ids unique when one page shows a standard twice (the editor's German and English preview).
 */
export function StandardCardView({
  standard,
  locale,
  labels,
  headingLevel = 4,
  idPrefix = '',
}: {
  standard: StandardTexts;
  locale: string;
  labels: StandardLabels;
  headingLevel?: 3 | 4;
  idPrefix?: string;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const id = `${idPrefix}${standard.key}`;
  const text = localizeCatalogueText({ locale, de: standard.text, en: standard.textEn });
  return (
    <article id={id} aria-labelledby={`${id}-heading`} className="standard-card">
      <Heading id={`${id}-heading`} className="mb-3 text-lg font-semibold text-brand-900">
        {labels.standard}
      </Heading>
      <RichText text={text.text} lang={text.lang} className="mb-4" />
      <StandardDetailsView standard={standard} locale={locale} labels={labels} className="space-y-3 text-sm" />
    </article>
  );
}
