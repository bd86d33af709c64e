-- The review queue (/review, docs/decisions/016-review-queue.md): its filters and default order.
-- pg_trgm ships with PostgreSQL (contrib, a trusted extension since 13) and with PGlite (loaded in
-- lib/embedded-postgres/start-embedded-postgres.ts): trigram indexes serve ILIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Assessment_submittedAt_id_idx" ON "Assessment"("submittedAt", "id");

-- CreateIndex
CREATE INDEX "Organisation_name_trgm_idx" ON "Organisation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Project_region_idx" ON "Project"("region");

-- CreateIndex
CREATE INDEX "Project_title_trgm_idx" ON "Project" USING GIN ("title" gin_trgm_ops);
