-- The audit log viewer (/admin/audit, lib/audit/list-audit-events.ts) pages newest first with a
-- keyset on (at, id): every filter it offers gets an index that ends in (at, id), so a page is
-- read backwards through one index, never sorted. The subject index replaces the old
-- (subjectType, subjectId) one (a prefix of it, so „Verlauf“ keeps its index); (at, id) replaces
-- (at). The table stays append-only (the trigger of the init migration is unchanged).

-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- DropIndex
DROP INDEX "AuditEvent_subjectType_subjectId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_at_id_idx" ON "AuditEvent"("subjectType", "subjectId", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_at_id_idx" ON "AuditEvent"("at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_id_idx" ON "AuditEvent"("action", "at", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_id_idx" ON "AuditEvent"("actorId", "at", "id");
