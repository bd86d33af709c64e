import { db } from '@/lib/db';
import { revisionScope, visibleProject, type ScopeActor } from '@/lib/auth/scope';
import { readProfileSnapshot, type ProfileSnapshot } from '@/lib/assessments/profile-snapshot';
import { CATALOGUE_TREE_SELECT } from '@/lib/catalogue/catalogue-tree-select';
import { localizeCatalogueText } from '@/lib/catalogue/localize-catalogue-text';
import { NotFoundError } from '@/lib/errors';
import { exportTranslator, fileStamp, isKnownRegion, isKnownTargetGroup } from '@/lib/export/export-labels';
import type { ExportFile, ExportRow } from '@/lib/export/table';
import { XLSX_CONTENT_TYPE, xlsxStream } from '@/lib/export/xlsx';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/projects/countries';
import { PROFILE_SELECT } from '@/lib/projects/project-select';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * The applicant's „Exportieren“ on the self-assessment's overview
 * (`/api/projects/[projectId]/assessment/export`): one revision (the latest, or `revisionNumber`)
 * of a project the actor may see (`visibleProject`, `revisionScope`; otherwise NotFoundError →
 * 404) as an XLSX workbook — sheet „Selbstbewertung“: per standard in catalogue order the phase,
 * number, text (English where there is a translation and English is chosen), status and the
 * answer's texts; sheet „Projektprofil“: the profile as submitted with that revision (its
 * snapshot; for a draft, as it is now) with the participating companies. Two statements.
 */
export async function exportProjectAssessment({
  actor,
  projectId,
  revisionNumber,
  locale = 'de',
  now = new Date(),
}: {
  actor: ScopeActor;
  projectId: string;
  revisionNumber?: number;
  locale?: Locale;
  now?: Date;
}): Promise<ExportFile> {
  const project = await db.project.findFirst({
    where: visibleProject(actor, projectId),
    select: {
      id: true,
      ...PROFILE_SELECT,
      organisation: { select: { name: true } },
      companies: { where: { removedAt: null }, orderBy: { position: 'asc' }, select: { name: true } },
      assessment: {
        select: {
          status: true,
          revisions: { where: revisionScope(actor), orderBy: { number: 'desc' }, select: { id: true, number: true } },
        },
      },
    },
  });
  const revisions = project?.assessment?.revisions ?? [];
  const chosen = revisionNumber === undefined ? revisions[0] : revisions.find((revision) => revision.number === revisionNumber);
  if (!project?.assessment || !chosen) throw new NotFoundError('assessment');

  const revision = await db.revision.findUniqueOrThrow({
    where: { id: chosen.id },
    select: {
      number: true,
      submittedAt: true,
      profileSnapshot: true,
      catalogueVersion: { select: { number: true, phases: CATALOGUE_TREE_SELECT } },
      answers: { select: { standardKey: true, status: true, implementation: true, plannedMeasures: true, targetDate: true, partners: true } },
    },
  });

  const t = exportTranslator(locale);
  const answers = new Map(revision.answers.map((answer) => [answer.standardKey, answer]));
  const standardRows: ExportRow[] = revision.catalogueVersion.phases.flatMap((phase) =>
    phase.topics.flatMap((topic) =>
      topic.standards.map((standard) => {
        const answer = answers.get(standard.key);
        return [
          localizeCatalogueText({ locale, de: phase.title, en: phase.titleEn }).text,
          standard.number,
          localizeCatalogueText({ locale, de: standard.text, en: standard.textEn }).text,
          answer ? t(`assessment.answerStatus.${answer.status}`) : null,
          answer?.implementation ?? null,
          answer?.plannedMeasures ?? null,
          answer?.targetDate ?? null,
          answer?.partners ?? null,
        ];
      }),
    ),
  );

  const { organisation, companies, assessment, id: _id, ...current } = project;
  const profile: Omit<ProfileSnapshot, 'version' | 'companies'> & { companies: { name: string }[] } = readProfileSnapshot(revision.profileSnapshot) ?? {
    ...current,
    startDate: current.startDate.toISOString().slice(0, 10),
    endDate: current.endDate.toISOString().slice(0, 10),
    organisationName: organisation.name,
    companies,
  };
  const profileRows: ExportRow[] = [
    [t('projects.fields.title'), profile.title],
    [t('exports.columns.organisation'), profile.organisationName],
    [t('projects.fields.description'), profile.description],
    [t('projects.fields.startDate'), day(profile.startDate)],
    [t('projects.fields.endDate'), day(profile.endDate)],
    [t('projects.fields.targetGroup'), isKnownTargetGroup(profile.targetGroup) ? t(`projects.targetGroups.${profile.targetGroup}`) : profile.targetGroup],
    [t('projects.fields.plannedParticipants'), profile.plannedParticipants],
    [t('projects.fields.countries'), profile.countries.map((code) => countryName(code, locale)).join(', ')],
    [t('projects.fields.occupations'), profile.occupations],
    [t('projects.fields.region'), isKnownRegion(profile.region) ? t(`projects.regions.${profile.region}`) : profile.region],
    ...profile.companies.map((company): ExportRow => [t('exports.profile.company'), company.name]),
    [t('exports.columns.status'), t(`assessment.status.${assessment.status}`)],
    [t('exports.columns.revision'), revision.number],
    [t('exports.profile.catalogueVersion'), revision.catalogueVersion.number],
    [t('exports.columns.submittedAt'), revision.submittedAt],
  ];

  const body = xlsxStream([
    {
      name: t('exports.sheets.assessment'),
      columns: [
        { header: t('exports.columns.phase'), kind: 'text', width: 28 },
        { header: t('exports.columns.standardNumber'), kind: 'integer', width: 10 },
        { header: t('exports.columns.standard'), kind: 'text', width: 60 },
        { header: t('exports.columns.answerStatus'), kind: 'text', width: 18 },
        { header: t('exports.columns.implementation'), kind: 'text', width: 60 },
        { header: t('exports.columns.plannedMeasures'), kind: 'text', width: 40 },
        { header: t('exports.columns.targetDate'), kind: 'date', width: 12 },
        { header: t('exports.columns.partners'), kind: 'text', width: 30 },
      ],
      batches: async function* () {
        yield standardRows;
      },
    },
    {
      name: t('exports.sheets.profile'),
      columns: [
        { header: t('exports.columns.field'), kind: 'text', width: 30 },
        // Mixed values: text, days (the submission too, as its day), whole numbers.
        { header: t('exports.columns.value'), kind: 'text', width: 60 },
      ],
      batches: async function* () {
        yield profileRows;
      },
    },
  ]);
  return { fileName: `${t('exports.fileNames.project')}-${project.id}-${revision.number}-${fileStamp(now).slice(0, 8)}.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
}
