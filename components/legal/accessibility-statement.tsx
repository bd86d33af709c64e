import { getLocale, getTranslations } from 'next-intl/server';
import { INTL_LOCALES } from '@/lib/i18n/config';
import { parseLegalText } from '@/lib/legal/legal-pages';
import type { Settings } from '@/lib/settings/setting-definitions';
import { LegalBlocks } from '@/components/legal/legal-blocks';

const HEADING = 'mb-2 mt-8 text-2xl font-semibold text-brand-900 hyphens-auto';

/** A day (yyyy-mm-dd) as a date in the reader's language; noon UTC, so no time zone moves it to another day. */
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * The structured parts of the Barrierefreiheitserklärung (the EU model statement,
 * Durchführungsbeschluss (EU) 2018/1523; ADR 030), always shown, from the settings
 * (lib/settings/accessibility-settings.ts): state of conformity, non-accessible content with
 * reasons, preparation (dates, method), feedback contact, enforcement procedure. Texts the
 * administrators wrote are rendered as text, never HTML.
 */
export async function AccessibilityStatement({ settings }: { settings: Settings }) {
  const [t, locale] = await Promise.all([getTranslations('accessibility'), getLocale()]);
  const conformity = settings['accessibility.conformity'];
  const gaps = settings['accessibility.knownGaps'][locale].trim();
  const prepared = settings['accessibility.preparedOn'];
  const reviewed = settings['accessibility.reviewedOn'];
  const email = settings['accessibility.contactEmail'];
  const phone = settings['accessibility.contactPhone'];
  const address = settings['accessibility.contactAddress'];
  const body = settings['accessibility.enforcementBody'];
  const url = settings['accessibility.enforcementUrl'];
  const dates = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' });
  const date = (day: string) => dates.format(asDate(day));
  return (
    <div data-testid="accessibility-statement">
      <p className="mb-3">{t('intro')}</p>

      <section aria-labelledby="a11y-conformity">
        <h2 id="a11y-conformity" className={HEADING}>
          {t('conformity.heading')}
        </h2>
        <p data-testid="a11y-conformity">{t(`conformity.${conformity}`)}</p>
      </section>

      <section aria-labelledby="a11y-gaps">
        <h2 id="a11y-gaps" className={HEADING}>
          {t('gaps.heading')}
        </h2>
        {gaps ? (
          <>
            <p className="mb-3">{t('gaps.intro')}</p>
            <div data-testid="a11y-gaps">
              <LegalBlocks blocks={parseLegalText(gaps)} headingLevel={3} />
            </div>
          </>
        ) : (
          <p data-testid="a11y-gaps">{conformity === 'FULL' ? t('gaps.none') : t('gaps.notDescribed')}</p>
        )}
      </section>

      <section aria-labelledby="a11y-preparation">
        <h2 id="a11y-preparation" className={HEADING}>
          {t('preparation.heading')}
        </h2>
        <p className="mb-3" data-testid="a11y-dates">
          {prepared ? t('preparation.prepared', { date: date(prepared) }) : t('preparation.preparedMissing')}{' '}
          {reviewed ? t('preparation.reviewed', { date: date(reviewed) }) : t('preparation.reviewedMissing')}
        </p>
        <p className="mb-3" data-testid="a11y-method">
          {t(`preparation.${settings['accessibility.method']}`)} {t('preparation.automated')}
        </p>
      </section>

      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback" className={HEADING}>
          {t('feedback.heading')}
        </h2>
        <p className="mb-3">{t('feedback.text')}</p>
        {email || phone || address ? (
          <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid="a11y-contact">
            {email && (
              <>
                <dt className="font-semibold">{t('feedback.email')}</dt>
                <dd className="[overflow-wrap:anywhere]">
                  <a href={`mailto:${email}`} className="text-brand-800 underline">
                    {email}
                  </a>
                </dd>
              </>
            )}
            {phone && (
              <>
                <dt className="font-semibold">{t('feedback.phone')}</dt>
                <dd>{phone}</dd>
              </>
            )}
            {address && (
              <>
                <dt className="font-semibold">{t('feedback.address')}</dt>
                <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{address}</dd>
              </>
            )}
          </dl>
        ) : (
          <p data-testid="a11y-contact">{t('feedback.missing')}</p>
        )}
      </section>

      <section aria-labelledby="a11y-enforcement">
        <h2 id="a11y-enforcement" className={HEADING}>
          {t('enforcement.heading')}
        </h2>
        <p className="mb-3">{t('enforcement.text')}</p>
        <div data-testid="a11y-enforcement">
          {body && <p className="mb-3 whitespace-pre-line [overflow-wrap:anywhere]">{body}</p>}
          {url && (
            <p className="[overflow-wrap:anywhere]">
              {t('enforcement.website')}:{' '}
              <a href={url} className="text-brand-800 underline">
                {url}
              </a>
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
