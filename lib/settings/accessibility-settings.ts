/**
 * The settings of the Barrierefreiheitserklärung (/barrierefreiheit): the parts the EU model
 * accessibility statement (Durchführungsbeschluss (EU) 2018/1523) requires, as German public
 * bodies use it under BITV 2.0 / BGG LSA (ADR 030). Part of the settings registry
 * (./setting-definitions.ts): stored, read, changed and audited (`settings.updated`) like the
 * others; their form is on /admin/settings/legal/barrierefreiheit. Zod-free.
 */
export const ACCESSIBILITY_CONFORMITY = ['FULL', 'PARTIAL', 'NONE'] as const;
export const ACCESSIBILITY_METHODS = ['SELF_ASSESSMENT', 'THIRD_PARTY'] as const;

/**
 * The enforcement procedure in Saxony-Anhalt (BGG LSA §§ 16a–16f, since 2019): the Ombudsstelle
 * for barriers on websites and apps of public bodies, at the Landesfachstelle für Barrierefreiheit
 * Sachsen-Anhalt (Unfallkasse Sachsen-Anhalt, Zerbst/Anhalt). Confirmed from the Landesfachstelle's
 * own pages (December 2026); an administrator completes the address and checks it before going live.
 */
const ENFORCEMENT_BODY = 'Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt\nUnfallkasse Sachsen-Anhalt\nZerbst/Anhalt';
const ENFORCEMENT_URL = 'https://www.lf-barrierefreiheit-st.de/ueber-uns/ombudsstelle';

export const ACCESSIBILITY_SETTING_DEFINITIONS = {
  /** Stand der Vereinbarkeit: vollständig, teilweise or nicht vereinbar with BITV 2.0 / WCAG 2.1 AA. */
  'accessibility.conformity': { field: 'accessibilityConformity', type: 'choice', choices: ACCESSIBILITY_CONFORMITY, default: 'PARTIAL' },
  /** The content that is not accessible, with the reasons, per language (the legal texts' small format). */
  'accessibility.knownGaps': { field: 'accessibilityKnownGaps', type: 'localizedText', maxLength: 5000, default: {} },
  /** The day the statement was made (yyyy-mm-dd; empty: not stated yet). */
  'accessibility.preparedOn': { field: 'accessibilityPreparedOn', type: 'date', default: '' },
  /** The day it was last reviewed. */
  'accessibility.reviewedOn': { field: 'accessibilityReviewedOn', type: 'date', default: '' },
  /** How conformity was assessed: a self-assessment or a third party's test. */
  'accessibility.method': { field: 'accessibilityMethod', type: 'choice', choices: ACCESSIBILITY_METHODS, default: 'SELF_ASSESSMENT' },
  /** The feedback contact: e-mail address, telephone and postal address. */
  'accessibility.contactEmail': { field: 'accessibilityContactEmail', type: 'email', maxLength: 254, default: '' },
  'accessibility.contactPhone': { field: 'accessibilityContactPhone', type: 'text', maxLength: 50, multiline: false, default: '' },
  'accessibility.contactAddress': { field: 'accessibilityContactAddress', type: 'text', maxLength: 500, multiline: true, default: '' },
  /** The enforcement body (Durchsetzungsverfahren): name and address, and its web page. */
  'accessibility.enforcementBody': { field: 'accessibilityEnforcementBody', type: 'text', maxLength: 1000, multiline: true, default: ENFORCEMENT_BODY },
  'accessibility.enforcementUrl': { field: 'accessibilityEnforcementUrl', type: 'url', maxLength: 500, default: ENFORCEMENT_URL },
} as const;
