-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('OK', 'NEEDS_REVISION');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('CHANGES_REQUESTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProposalResolution" AS ENUM ('CONFIRMED', 'RETURNED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('SUBMISSION_RECEIVED', 'ASSIGNED', 'COMMENT_ADDED', 'DECISION_MADE', 'DECISION_PROPOSED', 'DUE_DATE_SOON');

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedToId" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "profileSnapshot" JSONB;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mailOptOut" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[];

-- CreateTable
CREATE TABLE "StandardVerdict" (
    "revisionId" TEXT NOT NULL,
    "standardKey" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "officerId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandardVerdict_pkey" PRIMARY KEY ("revisionId","standardKey")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "standardKey" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "retractedAt" TIMESTAMP(3),

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "dueDate" DATE,
    "decidedById" TEXT NOT NULL,
    "confirmedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminderSentAt" TIMESTAMP(3),

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionProposal" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolution" "ProposalResolution",
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "returnNote" TEXT,

    CONSTRAINT "DecisionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "assessmentId" TEXT,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Comment_assessmentId_standardKey_createdAt_idx" ON "Comment"("assessmentId", "standardKey", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_revisionId_key" ON "Decision"("revisionId");

-- CreateIndex
CREATE INDEX "DecisionProposal_revisionId_idx" ON "DecisionProposal"("revisionId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Assessment_status_submittedAt_idx" ON "Assessment"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Assessment_assignedToId_idx" ON "Assessment"("assignedToId");

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardVerdict" ADD CONSTRAINT "StandardVerdict_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionProposal" ADD CONSTRAINT "DecisionProposal_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written additions (docs/decisions/014-review.md).
-- ---------------------------------------------------------------------------------------------

-- The queue sorts by the latest submission: fill it in for assessments submitted before.
UPDATE "Assessment" a SET "submittedAt" = r."submittedAt"
FROM (SELECT "assessmentId", max("submittedAt") AS "submittedAt" FROM "Revision"
      WHERE "status" = 'SUBMITTED' GROUP BY "assessmentId") r
WHERE r."assessmentId" = a."id";

-- Revisions submitted before this migration get the profile as it is now (the best record there
-- is); companies removed before the submission are left out. Same shape as
-- lib/assessments/profile-snapshot.ts (version 1).
UPDATE "Revision" r SET "profileSnapshot" = jsonb_build_object(
  'version', 1,
  'title', p."title",
  'description', p."description",
  'startDate', to_char(p."startDate", 'YYYY-MM-DD'),
  'endDate', to_char(p."endDate", 'YYYY-MM-DD'),
  'targetGroup', p."targetGroup",
  'plannedParticipants', p."plannedParticipants",
  'countries', to_jsonb(p."countries"),
  'occupations', p."occupations",
  'region', p."region",
  'organisationName', o."name",
  'companies', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'id', c."id", 'name', c."name", 'contact', c."contact",
      'hasDeclarationOfIntent', c."hasDeclarationOfIntent",
      'ownContributionKind', c."ownContributionKind", 'ownContributionValue', c."ownContributionValue",
      'contactPersonName', c."contactPersonName", 'contactPersonRole', c."contactPersonRole",
      'contactPersonEmail', c."contactPersonEmail", 'contactPersonPhone', c."contactPersonPhone"
    ) ORDER BY c."position")
    FROM "Company" c
    WHERE c."projectId" = p."id" AND (c."removedAt" IS NULL OR c."removedAt" > r."submittedAt")
  ), '[]'::jsonb)
)
FROM "Assessment" a, "Project" p, "Organisation" o
WHERE r."status" = 'SUBMITTED' AND a."id" = r."assessmentId" AND p."id" = a."projectId" AND o."id" = p."organisationId";

-- A submitted revision's profile snapshot is frozen with it.
CREATE OR REPLACE FUNCTION "refuse_change_of_submitted_revision"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'SUBMITTED' AND (
       TG_OP = 'DELETE'
       OR NEW."status" IS DISTINCT FROM OLD."status"
       OR NEW."number" IS DISTINCT FROM OLD."number"
       OR NEW."assessmentId" IS DISTINCT FROM OLD."assessmentId"
       OR NEW."catalogueVersionId" IS DISTINCT FROM OLD."catalogueVersionId"
       OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt"
       OR NEW."submittedById" IS DISTINCT FROM OLD."submittedById"
       OR NEW."profileSnapshot" IS DISTINCT FROM OLD."profileSnapshot") THEN
    RAISE EXCEPTION '% of a submitted revision refused: it is immutable', TG_OP;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

-- A decision never changes and is never deleted; only the due-date reminder is stamped once.
CREATE FUNCTION "refuse_change_of_decision"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (to_jsonb(NEW) - 'reminderSentAt') IS DISTINCT FROM (to_jsonb(OLD) - 'reminderSentAt')
     OR (OLD."reminderSentAt" IS NOT NULL AND NEW."reminderSentAt" IS DISTINCT FROM OLD."reminderSentAt") THEN
    RAISE EXCEPTION '% of a decision refused: decisions are immutable', TG_OP;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Decision_immutable"
  BEFORE UPDATE OR DELETE ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_decision"();

-- Verdicts of a revision that has a decision are final.
CREATE FUNCTION "refuse_change_of_decided_verdict"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM "Decision" WHERE "revisionId" = OLD."revisionId"))
     OR (TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM "Decision" WHERE "revisionId" = NEW."revisionId")) THEN
    RAISE EXCEPTION '% of a verdict refused: the revision has a decision', TG_OP;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "StandardVerdict_frozen_when_decided"
  BEFORE INSERT OR UPDATE OR DELETE ON "StandardVerdict"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_decided_verdict"();

-- A comment is never deleted; who wrote it, where, when and whether it is internal never
-- change; its text changes only while not retracted; a retraction is final.
CREATE FUNCTION "refuse_change_of_comment"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     OR NEW."assessmentId" IS DISTINCT FROM OLD."assessmentId"
     OR NEW."revisionId" IS DISTINCT FROM OLD."revisionId"
     OR NEW."standardKey" IS DISTINCT FROM OLD."standardKey"
     OR NEW."authorId" IS DISTINCT FROM OLD."authorId"
     OR NEW."internal" IS DISTINCT FROM OLD."internal"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
     OR OLD."retractedAt" IS NOT NULL THEN
    RAISE EXCEPTION '% of a comment refused: comments are never deleted, and only their text changes', TG_OP;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Comment_append_only"
  BEFORE UPDATE OR DELETE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_comment"();

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000);

-- Four-eyes rule: one open proposal per revision; resolved once; nobody confirms their own.
CREATE UNIQUE INDEX "DecisionProposal_one_open_per_revision" ON "DecisionProposal"("revisionId") WHERE "resolution" IS NULL;
ALTER TABLE "DecisionProposal" ADD CONSTRAINT "DecisionProposal_not_own_confirmation"
  CHECK ("resolution" IS DISTINCT FROM 'CONFIRMED' OR "resolvedById" <> "proposedById");

CREATE FUNCTION "refuse_change_of_resolved_proposal"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD."resolution" IS NOT NULL
     OR (to_jsonb(NEW) - 'resolution' - 'resolvedById' - 'resolvedAt' - 'returnNote')
        IS DISTINCT FROM (to_jsonb(OLD) - 'resolution' - 'resolvedById' - 'resolvedAt' - 'returnNote') THEN
    RAISE EXCEPTION '% of a decision proposal refused: only an open proposal is resolved, once', TG_OP;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "DecisionProposal_resolved_once"
  BEFORE UPDATE OR DELETE ON "DecisionProposal"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_resolved_proposal"();

-- The bell counts unread notifications per user.
CREATE INDEX "Notification_unread_idx" ON "Notification"("userId") WHERE "readAt" IS NULL;
-- The queue joins the latest submitted revision of each assessment.
CREATE INDEX "Revision_submitted_idx" ON "Revision"("assessmentId", "number" DESC) WHERE "status" = 'SUBMITTED';
