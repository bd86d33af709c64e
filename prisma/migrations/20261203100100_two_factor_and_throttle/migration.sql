-- Sign-in throttle per source (ADR 023): every attempt keeps the client's address, so failures
-- are counted per (address, client IP) and per client IP across addresses.
ALTER TABLE "LoginAttempt" ADD COLUMN     "ip" TEXT NOT NULL DEFAULT 'unknown';

-- Two-factor sign-in (TOTP): the encrypted secret, a pending one during set-up, when it was
-- confirmed, and the time step of the last accepted code (no replay).
ALTER TABLE "User" ADD COLUMN     "totpEnabledAt" TIMESTAMP(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingSecret" TEXT,
ADD COLUMN     "totpSecret" TEXT;

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryCode_userId_codeHash_key" ON "RecoveryCode"("userId", "codeHash");

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Hand-written additions (not modelled by Prisma).
-- ---------------------------------------------------------------------------------------------

-- Two-factor sign-in is on exactly when a secret is confirmed.
ALTER TABLE "User" ADD CONSTRAINT "User_totp_enabled_check"
  CHECK (("totpEnabledAt" IS NULL) = ("totpSecret" IS NULL));
