-- Link tokens leave the mail log (ADR 024): a mail's body keeps a marker where the token of its
-- single-use link was; the token itself waits in "linkToken" until the mail is sent, the link is
-- used or revoked, or it expires.
ALTER TABLE "Mail" ADD COLUMN     "linkToken" TEXT,
ADD COLUMN     "linkTokenHash" TEXT,
ADD COLUMN     "linkExpiresAt" TIMESTAMP(3);

CREATE INDEX "Mail_linkTokenHash_idx" ON "Mail"("linkTokenHash");

-- Mails stored before this migration carry their tokens in the body. Links of the portal's
-- three kinds (…/register/confirm?token=, …/password/reset?token=, …/register?invitation=) are
-- cut to the marker: a link that was mailed before has reached its recipient or is lost.
UPDATE "Mail"
SET "body" = regexp_replace("body", '([?&](token|invitation)=)[A-Za-z0-9_-]{20,}', '\1token-removed', 'g')
WHERE "body" ~ '[?&](token|invitation)=[A-Za-z0-9_-]{20,}';
