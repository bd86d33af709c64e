/**
 * What the authorization matrix (./authorization-matrix.table.ts) runs against: two
 * organisations A and B with one applicant each, two funding officers and an administrator (all
 * new, so no other spec shares their sessions), and org A's objects the rows name — made by the
 * domain functions (./support/factories.ts), the evidence file uploaded over HTTP as the portal's
 * form does. Then one HTTP session per person.
 */
import './support/database-env';
import { db } from '@/lib/db';
import { discardDraftVersion } from '@/lib/catalogue/discard-draft-version';
import { inviteColleague } from '@/lib/organisations/invite-colleague';
import { addComment } from '@/lib/review/add-comment';
import { inviteStaff } from '@/lib/users/invite-staff';
import { minimalPdf } from '@/tests/support/evidence-files';
import { PASSWORD, createOrganisation, createSubmittedRevision, createTestCompany, createTestNotifications, createTestProject, createTestUser } from './support/factories';
import { E2E } from './support/e2e-env';
import { ANONYMOUS, request, signInOverHttp, type HttpSession } from './support/http-session';
import type { Actor } from './authorization-matrix.table';

export type MatrixData = {
  orgA: string;
  applicantA: string;
  projectA: string;
  companyA: string;
  removableCompany: string;
  removableEvidence: string;
  submittedProject: string;
  submittedAssessment: string;
  submittedFileVersion: string;
  commentOfA: string;
  notificationOfA: string;
  invitationOfA: string;
  staffInvitation: string;
  staffTarget: string;
  publishedCatalogue: string;
  /** Removes a catalogue draft the matrix's administrator created (createDraftAction's allowed call). */
  discardCatalogueDrafts: () => Promise<void>;
};

const tag = () => Math.random().toString(36).slice(2, 10);

async function upload(session: HttpSession, projectId: string, fields: Record<string, string | Blob>): Promise<{ id: string; versions: { id: string }[] }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const response = await request(session, `/api/projects/${projectId}/evidence`, { method: 'POST', body: form });
  if (response.status !== 201) throw new Error(`arranging evidence: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { id: string; versions: { id: string }[] } };
  return data;
}

export async function arrangeMatrix(): Promise<{ data: MatrixData; sessions: Record<Actor, HttpSession> }> {
  const orgA = await createOrganisation({ name: `Matrix A ${tag()}`, applicantEmail: `matrix-a-${tag()}@traeger.example`, applicantName: 'Anton Alpha' });
  const orgB = await createOrganisation({ name: `Matrix B ${tag()}`, applicantEmail: `matrix-b-${tag()}@traeger.example`, applicantName: 'Berta Beta' });
  const [officer, officer2, admin, staffTarget] = await Promise.all([
    createTestUser({ role: 'OFFICER', email: `matrix-off-${tag()}@portal.example`, name: 'Olaf Offizier' }),
    createTestUser({ role: 'OFFICER', email: `matrix-off2-${tag()}@portal.example`, name: 'Otto Zweit' }),
    createTestUser({ role: 'ADMIN', email: `matrix-admin-${tag()}@portal.example`, name: 'Adele Admin' }),
    createTestUser({ role: 'OFFICER', email: `matrix-target-${tag()}@portal.example`, name: 'Tina Ziel' }),
  ]);
  const a = orgA.applicant;
  const sessions: Record<Actor, HttpSession> = {
    anonymous: ANONYMOUS,
    applicantA: await signInOverHttp(a.email, PASSWORD, { twoFactor: false }),
    applicantB: await signInOverHttp(orgB.applicant.email, PASSWORD, { twoFactor: false }),
    officer: await signInOverHttp(officer.email, PASSWORD, { twoFactor: true }),
    officer2: await signInOverHttp(officer2.email, PASSWORD, { twoFactor: true }),
    admin: await signInOverHttp(admin.email, PASSWORD, { twoFactor: true }),
  };

  const projectA = await createTestProject({ actor: a, input: { title: `Matrix-Entwurf ${tag()}` } });
  const companyA = await createTestCompany({ actor: a, projectId: projectA.id });
  const removableCompany = await createTestCompany({ actor: a, projectId: projectA.id, input: { name: 'Entfernbar GmbH' } });
  const removableEvidence = await upload(sessions.applicantA, projectA.id, { kind: 'LINK', standardKey: 'std-02', title: 'Entfernbar', url: 'https://example.org/weg' });

  const submitted = await createTestProject({ actor: a, input: { title: `Matrix-Eingereicht ${tag()}` } });
  const file = await upload(sessions.applicantA, submitted.id, {
    kind: 'FILE',
    standardKey: 'std-01',
    title: 'Konzept',
    file: new File([Buffer.from(minimalPdf('Matrix'))], 'konzept.pdf', { type: 'application/pdf' }),
  });
  await createSubmittedRevision({ actor: a, projectId: submitted.id });
  const { id: submittedAssessment } = await db.assessment.findUniqueOrThrow({ where: { projectId: submitted.id }, select: { id: true } });
  const comment = await addComment({ assessmentId: submittedAssessment, actor: a, input: { standardKey: 'std-01', body: 'Frage zur Matrix', internal: false } });
  await createTestNotifications({ recipientId: a.id, project: submitted, kinds: ['DECISION_MADE'] });
  const notification = await db.notification.findFirstOrThrow({ where: { userId: a.id }, select: { id: true } });
  const invitation = await inviteColleague({ actor: a, input: { email: `kollegin-${tag()}@traeger.example` }, locale: 'de', baseUrl: E2E.baseUrl });
  const staffInvitation = await inviteStaff({ actor: admin, input: { email: `neu-${tag()}@portal.example`, role: 'OFFICER' }, locale: 'de', baseUrl: E2E.baseUrl });
  const published = await db.catalogueVersion.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { number: 'desc' }, select: { id: true } });

  return {
    sessions,
    data: {
      orgA: orgA.id,
      applicantA: a.id,
      projectA: projectA.id,
      companyA: companyA.id,
      removableCompany: removableCompany.id,
      removableEvidence: removableEvidence.id,
      submittedProject: submitted.id,
      submittedAssessment,
      submittedFileVersion: file.versions[0]!.id,
      commentOfA: comment.id,
      notificationOfA: notification.id,
      invitationOfA: invitation.id,
      staffInvitation: staffInvitation.id,
      staffTarget: staffTarget.id,
      publishedCatalogue: published.id,
      discardCatalogueDrafts: async () => {
        const created = await db.auditEvent.findMany({ where: { actorId: admin.id, action: 'catalogue.draft.created' }, select: { subjectId: true } });
        const drafts = await db.catalogueVersion.findMany({ where: { status: 'DRAFT', id: { in: created.map((event) => event.subjectId ?? '') } }, select: { id: true } });
        for (const draft of drafts) await discardDraftVersion({ actor: admin, versionId: draft.id });
      },
    },
  };
}
