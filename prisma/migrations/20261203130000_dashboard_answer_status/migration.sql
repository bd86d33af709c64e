-- The dashboard (/review/dashboard, ADR 029) counts the answer statuses of the latest submitted
-- revision of every self-assessment per standard. Answer rows are wide (the texts): without this
-- index that is a sequential scan of the whole table; with it an index-only scan of a few MB.
CREATE INDEX "Answer_revisionId_standardKey_status_idx" ON "Answer"("revisionId", "standardKey", "status");
