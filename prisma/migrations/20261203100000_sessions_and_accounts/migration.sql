-- Sessions that can be ended and the account page (ADR 022).

-- AlterEnum: „E-Mail-Adresse ändern“ sends a link to the new address.
ALTER TYPE "TokenPurpose" ADD VALUE 'EMAIL_CHANGE';

-- AlterTable: every session token carries the account's session version; a token with another
-- number is refused (password change and reset, role change, „Überall abmelden“ raise it).
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable: the address an EMAIL_CHANGE token confirms.
ALTER TABLE "UserToken" ADD COLUMN     "newEmail" TEXT;

-- CreateTable: sessions ended by „Abmelden“ (their token's id is refused).
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EndedSession_endedAt_idx" ON "EndedSession"("endedAt");

-- AddForeignKey
ALTER TABLE "EndedSession" ADD CONSTRAINT "EndedSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written additions (not modelled by Prisma).
-- ---------------------------------------------------------------------------------------------

-- Only an EMAIL_CHANGE token names a new address, and it always does (stored lower-case, like User.email).
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_newEmail_check"
  CHECK (("purpose"::text = 'EMAIL_CHANGE') = ("newEmail" IS NOT NULL) AND ("newEmail" IS NULL OR "newEmail" = lower("newEmail")));
