/**
 * The group structure of the source document (Anlage 1). The extraction garbled the group
 * headings, so they are restored here from ../shared/seeds/README.md; the standards' own
 * texts come from the source file (see parse-standards-source.ts).
 */
import type { PhaseKey } from '../../lib/generated/prisma/enums';

export const DOCUMENT_TITLE =
  'Anlage 1: Übersicht über Standards für Projekte mit der Zielstellung der Anwerbung von Fachkräften aus dem Ausland';
export const DOCUMENT_TITLE_EN =
  'Annex 1: Overview of standards for projects that aim to recruit skilled workers from abroad';
export const TABLE_HEADING =
  'Standards für Projekte mit der Zielstellung der Anwerbung ausländischer Fachkräfte für die Wirtschaft Sachsen-Anhalts';
export const TABLE_HEADING_EN =
  "Standards for projects that aim to recruit foreign skilled workers for Saxony-Anhalt's economy";

type TopicSpec = {
  heading: string;
  headingEn: string;
  /** Inclusive range of standard numbers. */
  from: number;
  to: number;
};

type PhaseSpec = {
  key: PhaseKey;
  title: string;
  titleEn: string;
  topics: TopicSpec[];
};

export const PHASES: PhaseSpec[] = [
  {
    key: 'GENERAL',
    title: 'Grundsätzliche Erwartungen',
    titleEn: 'General expectations',
    topics: [
      {
        heading:
          'Grundsätzlich mit den Projekten bzw. Maßnahmen zur Anwerbung und Integration ausländischer Fachkräfte und Auszubildender verbundene Erwartungen',
        headingEn:
          'General expectations of projects and measures for recruiting and integrating foreign skilled workers and apprentices',
        from: 1,
        to: 6,
      },
    ],
  },
  {
    key: 'PHASE_1',
    title: 'Phase I: Ansprache und Information',
    titleEn: 'Phase I: Outreach and information',
    topics: [
      {
        heading:
          'Der Zugang zu relevanten Informationen als Voraussetzung für die Ausprägung realistischer Zukunftserwartungen ist sowohl für die angesprochenen Fachkräfte als auch Unternehmen gewährleistet.',
        headingEn:
          'Access to relevant information, as a precondition for realistic expectations of the future, is ensured both for the skilled workers approached and for the companies.',
        from: 7,
        to: 8,
      },
      {
        heading: 'Relevante Akteure und Unterstützungsangebote werden frühzeitig eingebunden.',
        headingEn: 'Relevant actors and support services are involved early on.',
        from: 9,
        to: 10,
      },
      {
        heading: 'Integrationsförderliche Maßnahmen starten bereits im Vorfeld des Umzugs.',
        headingEn: 'Measures that foster integration start before the move.',
        from: 11,
        to: 14,
      },
    ],
  },
  {
    key: 'PHASE_2',
    title: 'Phase II: Umzug und Integration',
    titleEn: 'Phase II: Relocation and integration',
    topics: [
      {
        heading:
          'Unterstützung der Zuwandernden bei Wohnungssuche, Umzug und den ersten Schritten in Sachsen-Anhalt',
        headingEn:
          'Supporting the newcomers in finding housing, moving and their first steps in Saxony-Anhalt',
        from: 15,
        to: 17,
      },
      {
        heading:
          'Unterstützung bei der betrieblichen/ beruflichen und gesellschaftlichen Integration',
        headingEn: 'Support for integration at work, in the occupation and in society',
        from: 18,
        to: 22,
      },
    ],
  },
];

export const STANDARD_COUNT = 22;

/** Stable key of a standard, kept across catalogue versions. */
export function standardKey(number: number): string {
  return `std-${String(number).padStart(2, '0')}`;
}
