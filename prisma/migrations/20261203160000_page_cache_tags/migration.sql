-- Invalidations of Next's cached pages, shared by every process and instance (ADR 034): a
-- publication in one process reaches the cached /standards of all others at once.
CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL,
    "generation" BIGSERIAL NOT NULL,

    CONSTRAINT "PageCacheTag_pkey" PRIMARY KEY ("tag")
);
