-- Users and organisations administered (/admin/users, /admin/organisations; issue #9).
-- Invitations also invite staff: role OFFICER or ADMIN without an organisation; applicants and
-- administrators can revoke an open one.

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT,
ADD COLUMN     "role" "Role" NOT NULL DEFAULT 'APPLICANT',
ALTER COLUMN "organisationId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Invitation_role_createdAt_idx" ON "Invitation"("role", "createdAt");

-- CreateIndex
CREATE INDEX "User_name_email_idx" ON "User"("name", "email");

-- CreateIndex
CREATE INDEX "User_role_disabledAt_idx" ON "User"("role", "disabledAt");

-- CreateIndex (pg_trgm: migration *_review_queue)
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_email_trgm_idx" ON "User" USING GIN ("email" gin_trgm_ops);

-- An applicant's invitation is to an organisation; a staff invitation (officer, administrator) never is.
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_role_organisation_check"
  CHECK (("role" = 'APPLICANT') = ("organisationId" IS NOT NULL));
