/**
 * The Barrierefreiheitserklärung's structured parts (ADR 030): settings of the registry
 * (`accessibility.*`), saved by administrators through the legal page's action (audited as
 * `settings.updated`, the cached page renewed), refused when malformed, and rendered on the
 * public page in every language with all parts of the EU model statement.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { saveAccessibilityStatement } from '@/app/[locale]/(site)/(admin)/admin/settings/legal/[page]/actions';
import { LOCALES } from '@/lib/i18n/config';
import { getSettings } from '@/lib/settings/get-settings';
import { SETTING_DEFAULTS } from '@/lib/settings/setting-definitions';
import { AccessibilityStatement } from '@/components/legal/accessibility-statement';
import { seed } from '@/prisma/seed/seed';
import { demoActors, type TestUser } from '@/tests/support/factories';
import { expectForbidden, nextCacheModule, signIn } from '@/tests/support/next-request';

vi.mock('next-auth', () => import('@/tests/support/next-request').then((m) => m.nextAuthModule));
vi.mock('next/headers', () => import('@/tests/support/next-request').then((m) => m.nextHeadersModule));
vi.mock('next/cache', () => import('@/tests/support/next-request').then((m) => m.nextCacheModule));
/** The visitor's language; next-intl's server functions answer in it, as a request in that language. */
const visitor = vi.hoisted(() => ({ locale: 'de' as 'de' | 'en' }));
vi.mock('next-intl/server', async () => {
  const [{ createFormatter, createTranslator }, { MESSAGES }] = await Promise.all([import('next-intl'), import('@/lib/i18n/messages')]);
  return {
    getLocale: async () => visitor.locale,
    getTranslations: async (namespace?: string) => createTranslator({ locale: visitor.locale, messages: MESSAGES[visitor.locale], namespace: namespace as 'accessibility' }),
    getFormatter: async () => createFormatter({ locale: visitor.locale, timeZone: 'Europe/Berlin' }),
  };
});

let admin: TestUser;
let officer: TestUser;

beforeAll(async () => {
  await seed({ demo: true });
  ({ admin, officer } = await demoActors());
});

/** The public statement as a visitor in `locale` reads it (text only). */
async function statementText(locale: typeof visitor.locale): Promise<string> {
  visitor.locale = locale;
  const tree = await AccessibilityStatement({ settings: await getSettings() });
  return renderToStaticMarkup(tree).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

const input = {
  accessibilityConformity: 'PARTIAL',
  accessibilityKnownGaps: { de: 'Hochgeladene PDF-Nachweise sind nicht geprüft: Inhalte Dritter.', en: 'Uploaded PDF evidence is not checked: third-party content.' },
  accessibilityPreparedOn: '2026-11-30',
  accessibilityReviewedOn: '2026-12-02',
  accessibilityMethod: 'SELF_ASSESSMENT',
  accessibilityContactEmail: 'barrierefreiheit@foerderung.example',
  accessibilityContactPhone: '0391 567-0',
  accessibilityContactAddress: 'Turmschanzenstraße 25\n39114 Magdeburg',
  accessibilityEnforcementBody: 'Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt',
  accessibilityEnforcementUrl: 'https://www.lf-barrierefreiheit-st.de/ueber-uns/ombudsstelle',
};

describe('the Barrierefreiheitserklärung', () => {
  it('has every part before anything is set: conformity, gaps, dates, method, contact, and the Saxony-Anhalt enforcement body by default', async () => {
    expect(SETTING_DEFAULTS['accessibility.enforcementUrl']).toBe('https://www.lf-barrierefreiheit-st.de/ueber-uns/ombudsstelle');
    const text = await statementText('de');
    for (const part of ['Stand der Vereinbarkeit mit den Anforderungen', 'teilweise vereinbar', 'Nicht barrierefreie Inhalte', 'Erstellung dieser Erklärung', 'Das Datum der Erstellung ist noch nicht angegeben.', 'Selbstbewertung', 'Feedback und Kontaktangaben', 'Die Kontaktangaben werden noch ergänzt.', 'Durchsetzungsverfahren', 'Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt']) {
      expect(text).toContain(part);
    }
  });

  it('an administrator saves the parts (audited with before and after); the page shows them in every language and is renewed', async () => {
    signIn(admin);
    nextCacheModule.revalidatePath.mockClear();
    const result = await saveAccessibilityStatement(input);
    expect(result.ok).toBe(true);
    expect(nextCacheModule.revalidatePath).toHaveBeenCalledWith('/[locale]/(public)/(legal)/barrierefreiheit', 'page');

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'settings.updated', actorId: admin.id }, orderBy: { at: 'desc' }, select: { details: true, subjectId: true } });
    const details = event.details as { before: Record<string, unknown>; after: Record<string, unknown> };
    expect(details.before['accessibility.contactEmail']).toBe('');
    expect(details.after['accessibility.contactEmail']).toBe(input.accessibilityContactEmail);
    expect(details.after['accessibility.knownGaps']).toEqual(input.accessibilityKnownGaps);
    expect(event.subjectId).toContain('accessibility.preparedOn');
    // The conformity did not change: it is not recorded as a change.
    expect(details.after).not.toHaveProperty('accessibility.conformity');

    const german = await statementText('de');
    expect(german).toContain('Hochgeladene PDF-Nachweise sind nicht geprüft');
    expect(german).toContain('Diese Erklärung wurde am 30. November 2026 erstellt.');
    expect(german).toContain('Sie wurde zuletzt am 2. Dezember 2026 überprüft.');
    expect(german).toContain('barrierefreiheit@foerderung.example');
    expect(german).toContain('0391 567-0');
    expect(german).toContain('39114 Magdeburg');
    const english = await statementText('en');
    expect(english).toContain('partially compliant');
    expect(english).toContain('Uploaded PDF evidence is not checked');
    expect(english).toContain('This statement was prepared on 30 November 2026.');
    expect(english).toContain('self-assessment');
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
  });

  it('says „vollständig vereinbar“ and that no gaps are known when an administrator states full conformity without gaps', async () => {
    signIn(admin);
    expect((await saveAccessibilityStatement({ accessibilityConformity: 'FULL', accessibilityKnownGaps: { de: '', en: '' } })).ok).toBe(true);
    const text = await statementText('de');
    expect(text).toContain('vollständig vereinbar');
    expect(text).toContain('Es sind keine Inhalte bekannt, die nicht barrierefrei sind.');
  });

  it('refuses a malformed date, address or web page, and other roles', async () => {
    signIn(admin);
    const refused = await saveAccessibilityStatement({ accessibilityPreparedOn: '30.11.2026', accessibilityContactEmail: 'keine-adresse', accessibilityEnforcementUrl: 'javascript:alert(1)', accessibilityConformity: 'MOSTLY' });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        accessibilityPreparedOn: ['dateInvalid'],
        accessibilityContactEmail: ['emailInvalid'],
        accessibilityEnforcementUrl: ['urlInvalid'],
        accessibilityConformity: ['choiceRequired'],
      },
    });
    expect((await getSettings())['accessibility.preparedOn']).toBe('2026-11-30');
    signIn(officer);
    await expectForbidden(saveAccessibilityStatement({ accessibilityConformity: 'NONE' }));
  });
});
