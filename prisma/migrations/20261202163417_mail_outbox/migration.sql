-- Outbox (ADR 015): when the next delivery attempt of a mail is due; null = sent or given up.
ALTER TABLE "Mail" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- Sent mails need no further attempt. Mails that failed before this migration (never retried
-- until now) and queued ones stay due: the worker sends them when SMTP_URL is set.
UPDATE "Mail" SET "nextAttemptAt" = NULL WHERE "status" = 'SENT';

-- The sweep looks for mails whose attempt is due.
CREATE INDEX "Mail_due_idx" ON "Mail"("nextAttemptAt") WHERE "nextAttemptAt" IS NOT NULL;
