import { createTranslator } from 'next-intl';
import type { DocumentComment, DocumentEvidence, DocumentStandard, RevisionDocument } from '@/lib/export/get-revision-document';
import { COLOURS, PdfWriter } from '@/lib/export/pdf-writer';
import type { Locale } from '@/lib/i18n/config';
import { de, en } from '@/lib/i18n/messages';
import { countryName, isEuEea } from '@/lib/projects/countries';
import { REGIONS, type Region } from '@/lib/projects/regions';

/**
 * „Als PDF herunterladen“: one revision of a self-assessment as a PDF (A4, ADR 027) in the
 * reader's language — the frame (headings, labels, dates) in German or English; the standards
 * always in their binding German wording, for English readers followed by the courtesy
 * translation, marked as such (ADR 008). Contents: title block with the revision, its catalogue
 * version and submission, a table of contents, the project and companies as submitted, per
 * phase and topic every standard with text, objective(s), the answer, the verdict, the evidence
 * (name, version, size, SHA-256) and the comment thread, comments on the whole, the decision.
 * What `document` holds is already filtered for the reader (getRevisionDocument): the writer
 * prints internal notes only because they are there, in the officers' variant.
 */
export function renderRevisionPdf({ document, locale, now = new Date() }: { document: RevisionDocument; locale: Locale; now?: Date }) {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : de });
  const english = locale === 'en';
  const tag = english ? 'en-GB' : 'de-DE';
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dayOf = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const { revision, profile } = document;

  const title = t('pdf.documentTitle', { title: document.project.title });
  const submission = revision.submittedAt
    ? t(revision.withdrawnAt ? 'pdf.withdrawn' : 'pdf.submittedAt', { date: dateTime.format(revision.submittedAt) })
    : t('pdf.draft');
  const frame = [t('pdf.revision', { number: revision.number }), t('pdf.catalogueVersion', { number: revision.catalogueVersionNumber }), submission].join(' · ');
  const w = new PdfWriter({ title, lang: english ? 'en' : 'de', createdAt: now });
  const { doc } = w;

  // Title block and table of contents.
  w.heading(1, title, { bookmark: false });
  doc.fontSize(10);
  w.text(frame);
  w.text(t('pdf.assessmentStatus', { status: t(`assessment.status.${document.assessment.status}`) }));
  w.text(`${t('review.profile.organisation')}: ${profile.organisationName}`);
  doc.fillColor(COLOURS.muted);
  w.text(t('pdf.generatedAt', { date: dateTime.format(now) }));
  doc.fillColor(COLOURS.text);
  if (document.variant === 'officer') w.label(t('pdf.officerVariant'));
  if (english) w.text(t('standards.translationNotice'));
  doc.moveDown(0.5);
  const profileDestination = w.destination();
  const phaseDestinations = document.phases.map(() => w.destination());
  const generalDestination = w.destination();
  const decisionDestination = w.destination();
  const phaseTitle = (phase: RevisionDocument['phases'][number]) => (english && phase.titleEn ? phase.titleEn : phase.title);
  w.heading(2, t('pdf.toc'), { bookmark: false });
  w.tocEntry(revision.submittedAt ? t('pdf.profileHeading') : t('pdf.profileHeadingDraft'), profileDestination);
  document.phases.forEach((phase, index) => w.tocEntry(phaseTitle(phase), phaseDestinations[index]!));
  if (document.generalComments.length) w.tocEntry(t('pdf.generalComments'), generalDestination);
  w.tocEntry(t('pdf.decisionHeading'), decisionDestination);

  // The project and its companies, as submitted.
  doc.addPage();
  w.startSection();
  w.heading(2, revision.submittedAt ? t('pdf.profileHeading') : t('pdf.profileHeadingDraft'), { destination: profileDestination });
  w.labelled(t('projects.fields.title'), profile.title);
  w.labelled(t('review.profile.organisation'), profile.organisationName);
  w.labelled(t('projects.fields.description'), profile.description);
  w.labelled(t('projects.fields.duration'), t('projects.durationRange', { start: dayOf(profile.startDate), end: dayOf(profile.endDate) }));
  w.labelled(t('projects.fields.targetGroup'), t(`projects.targetGroups.${profile.targetGroup}`));
  w.labelled(t('projects.fields.plannedParticipants'), t('projects.detail.participants', { count: profile.plannedParticipants }));
  const countries = profile.countries.map((code) => `${countryName(code, locale)}${isEuEea(code) ? ` (${t('projects.countries.euEea')})` : ''}`);
  w.labelled(t('projects.fields.countries'), countries.sort((a, b) => a.localeCompare(b, locale)).join(', '));
  w.labelled(t('projects.fields.occupations'), profile.occupations);
  w.labelled(t('projects.fields.region'), (REGIONS as readonly string[]).includes(profile.region) ? t(`projects.regions.${profile.region as Region}`) : profile.region);
  w.heading(3, t('pdf.companiesHeading'));
  if (profile.companies.length === 0) w.text(t('review.profile.noCompanies'));
  for (const company of profile.companies) {
    w.heading(4, company.name, { bookmark: false });
    w.labelled(t('companies.fields.contact'), company.contact);
    w.labelled(t('companies.fields.declaration'), company.hasDeclarationOfIntent ? t('review.profile.yes') : t('review.profile.no'));
    w.labelled(t('companies.fields.ownContribution'), `${company.ownContributionKind} (${company.ownContributionValue})`);
    const person = [company.contactPersonName, company.contactPersonRole, company.contactPersonEmail, company.contactPersonPhone].filter(Boolean).join(' · ');
    if (person) w.labelled(t('companies.fields.contactPerson'), person);
    const evidence = document.companyEvidence[company.id] ?? [];
    if (evidence.length) {
      w.label(t('pdf.companyEvidence'));
      evidenceList(evidence);
    }
  }
  w.endSection();

  // The standards, phase by phase.
  document.phases.forEach((phase, index) => {
    doc.addPage();
    w.startSection();
    w.heading(2, phaseTitle(phase), { destination: phaseDestinations[index] });
    for (const topic of phase.topics) {
      w.heading(3, english && topic.headingEn ? topic.headingEn : topic.heading);
      for (const standard of topic.standards) standardBlock(standard);
    }
    w.endSection();
  });

  if (document.generalComments.length) {
    doc.addPage();
    w.startSection();
    w.heading(2, t('pdf.generalComments'), { destination: generalDestination });
    commentList(document.generalComments);
    w.endSection();
  }

  w.startSection();
  w.heading(2, t('pdf.decisionHeading'), { destination: decisionDestination });
  const { decision } = document;
  if (!decision) w.text(t('pdf.noDecision'));
  else {
    w.heading(3, `${t('review.applicant.decisionHeading', { number: revision.number })}: ${t(`review.decision.made.${decision.kind}`)}`, { bookmark: false });
    if (decision.reason) w.labelled(t('review.decision.reason'), decision.reason);
    if (decision.dueDate) w.text(t('review.decision.due', { date: dayOf(decision.dueDate) }));
    w.text(t('review.decision.by', { name: decision.decidedByName ?? t('review.unknownPerson'), date: dateTime.format(decision.decidedAt) }));
    if (decision.confirmedByName) w.text(t('review.decision.confirmedBy', { name: decision.confirmedByName }));
  }
  w.endSection();

  w.finish({ title, frame, footer: (page, pages) => t('pdf.page', { page, pages }) });

  return { fileName: fileNameOf(), body: w.body() };

  function standardBlock(standard: DocumentStandard) {
    w.heading(4, t('pdf.standardHeading', { number: standard.number }));
    if (english) {
      doc.fontSize(8.5).fillColor(COLOURS.muted);
      w.text(t('pdf.binding'));
      doc.fontSize(10).fillColor(COLOURS.text);
    }
    w.catalogueText(standard.text, 'de');
    if (english && standard.textEn) translation(standard.textEn);
    w.label(t('standards.objective'));
    w.catalogueText(standard.objective, 'de');
    if (english && standard.objectiveEn) translation(standard.objectiveEn);

    doc.moveDown(0.3);
    w.label(t('pdf.answerHeading'), COLOURS.heading);
    const { answer } = standard;
    if (!answer) w.text(t('pdf.noAnswer'));
    else {
      w.labelled(t('assessment.fields.status'), t(`assessment.answerStatus.${answer.status}`));
      if (answer.implementation) w.labelled(t('assessment.fields.implementation'), answer.implementation);
      if (answer.plannedMeasures) w.labelled(t('assessment.fields.plannedMeasures'), answer.plannedMeasures);
      if (answer.targetDate) w.labelled(t('assessment.fields.targetDate'), dayOf(answer.targetDate));
      if (answer.partners) w.labelled(t('assessment.fields.partners'), answer.partners);
    }
    if (standard.verdict) w.labelled(t('pdf.verdict'), t(`review.verdict.${standard.verdict}`));
    w.label(t('assessment.fields.evidence'));
    if (standard.evidence.length === 0) w.text(t('pdf.noEvidence'));
    else evidenceList(standard.evidence);
    if (standard.comments.length) {
      w.label(t('comments.heading'));
      commentList(standard.comments);
    }
    w.rule();
  }

  function translation(text: string) {
    doc.fontSize(8.5).fillColor(COLOURS.muted);
    w.text(t('pdf.translation'), { lang: 'en' });
    doc.fillColor(COLOURS.text).fontSize(10);
    w.catalogueText(text, 'en');
  }

  function evidenceList(items: DocumentEvidence[]) {
    w.list(
      items.map((item) => {
        const parts = [t('pdf.evidenceVersion', { version: item.version })];
        if (item.size !== null) parts.push(sizeOf(item.size));
        const what = item.url ? `${t('pdf.link')}: ${item.url}` : (item.fileName ?? '');
        return `${item.title} – ${what} (${parts.join(', ')})${item.sha256 ? `\nSHA-256: ${item.sha256}` : ''}`;
      }),
      { fontSize: 9 },
    );
  }

  function commentList(comments: DocumentComment[]) {
    for (const comment of comments) {
      const meta = t('pdf.commentMeta', {
        author: comment.authorName ?? t('comments.unknownAuthor'),
        role: comment.authorIsOfficer ? t('comments.officer') : t('comments.applicant'),
        date: dateTime.format(comment.createdAt),
        number: comment.revisionNumber,
      });
      doc.fontSize(8.5).fillColor(COLOURS.muted);
      w.text(`${comment.internal ? `${t('comments.internalBadge')} · ` : ''}${meta}${comment.edited ? ` (${t('pdf.edited')})` : ''}`);
      doc.fontSize(10).fillColor(COLOURS.text);
      w.text(comment.retractedAt ? t('pdf.retracted', { date: dateTime.format(comment.retractedAt) }) : comment.body, { indent: 0 });
    }
  }

  function sizeOf(bytes: number) {
    return bytes < 1024 * 1024
      ? t('evidence.sizeKb', { size: number.format(Math.max(1, Math.round(bytes / 1024))) })
      : t('evidence.sizeMb', { size: number.format(bytes / (1024 * 1024)) });
  }

  function fileNameOf() {
    const slug = document.project.title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
    return `${t('pdf.fileNamePrefix')}-${slug || document.assessment.id}-${t('pdf.fileNameRevision')}-${revision.number}.pdf`;
  }
}
