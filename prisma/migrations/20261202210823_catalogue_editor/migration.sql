-- AlterTable
ALTER TABLE "Phase" ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "Standard" ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3),
ADD COLUMN     "updatedById" TEXT;

-- Hand-written rules of the catalogue editor (lib/catalogue/, docs/architecture.md „The catalogue editor“).

-- One draft at a time.
CREATE UNIQUE INDEX "CatalogueVersion_one_draft" ON "CatalogueVersion"("status") WHERE "status" = 'DRAFT';

-- A published version says when and why.
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_published_complete"
  CHECK ("status" <> 'PUBLISHED' OR ("publishedAt" IS NOT NULL AND "changeNote" IS NOT NULL AND btrim("changeNote") <> ''));

-- The status of a catalogue version (null when there is none, e.g. during a cascading delete).
CREATE FUNCTION "catalogue_version_status"(version_id TEXT) RETURNS "CatalogueStatus"
LANGUAGE sql STABLE AS $$
  SELECT "status" FROM "CatalogueVersion" WHERE "id" = version_id
$$;

-- A version starts as a draft and is published by one UPDATE (DRAFT → PUBLISHED); after that it
-- never changes and is never deleted. A version that revisions use is never deleted either.
CREATE FUNCTION "refuse_change_of_published_catalogue_version"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW."status" <> 'DRAFT' THEN
      RAISE EXCEPTION 'INSERT of a published catalogue version refused: a version starts as a draft';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION '% of published catalogue version % refused: published versions never change', TG_OP, OLD."number";
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM "Revision" WHERE "catalogueVersionId" = OLD."id") THEN
      RAISE EXCEPTION 'DELETE of catalogue version % refused: revisions use it', OLD."number";
    END IF;
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "CatalogueVersion_published_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "CatalogueVersion"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_published_catalogue_version"();

-- Phases, topics and standards of a published version are never inserted, changed or deleted.
-- The one exception: an English courtesy translation still missing (null) in a standard may be
-- filled in (prisma/seed/seed-catalogue-translations.ts, for a version 1 seeded before the
-- translation existed); the German wording and every stored text stay as they are.
CREATE FUNCTION "refuse_change_of_published_catalogue_part"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_status "CatalogueStatus";
  new_status "CatalogueStatus";
BEGIN
  IF TG_TABLE_NAME = 'Topic' THEN
    IF TG_OP <> 'INSERT' THEN
      old_status := "catalogue_version_status"((SELECT "versionId" FROM "Phase" WHERE "id" = OLD."phaseId"));
    END IF;
    IF TG_OP <> 'DELETE' THEN
      new_status := "catalogue_version_status"((SELECT "versionId" FROM "Phase" WHERE "id" = NEW."phaseId"));
    END IF;
  ELSE
    IF TG_OP <> 'INSERT' THEN
      old_status := "catalogue_version_status"(OLD."versionId");
    END IF;
    IF TG_OP <> 'DELETE' THEN
      new_status := "catalogue_version_status"(NEW."versionId");
    END IF;
  END IF;

  IF old_status IS DISTINCT FROM 'PUBLISHED' AND new_status IS DISTINCT FROM 'PUBLISHED' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;

  -- (Nested: a condition naming the columns of Standard must not be planned for Phase or Topic.)
  IF TG_TABLE_NAME = 'Standard' AND TG_OP = 'UPDATE' AND old_status = 'PUBLISHED' AND new_status = 'PUBLISHED' THEN
    IF (to_jsonb(NEW) - 'textEn' - 'objectiveEn' - 'informationEn') = (to_jsonb(OLD) - 'textEn' - 'objectiveEn' - 'informationEn')
       AND (OLD."textEn" IS NULL OR NEW."textEn" IS NOT DISTINCT FROM OLD."textEn")
       AND (OLD."objectiveEn" IS NULL OR NEW."objectiveEn" IS NOT DISTINCT FROM OLD."objectiveEn")
       AND (OLD."informationEn" IS NULL OR NEW."informationEn" IS NOT DISTINCT FROM OLD."informationEn") THEN
      RETURN NEW;
    END IF;
  END IF;

  RAISE EXCEPTION '% of % refused: its catalogue version is published, and published versions never change', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER "Phase_published_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "Phase"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_published_catalogue_part"();

CREATE TRIGGER "Topic_published_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "Topic"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_published_catalogue_part"();

CREATE TRIGGER "Standard_published_immutable"
  BEFORE INSERT OR UPDATE OR DELETE ON "Standard"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_of_published_catalogue_part"();

-- A self-assessment is only ever answered against a published version, never a draft.
CREATE FUNCTION "refuse_revision_on_draft_catalogue"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF "catalogue_version_status"(NEW."catalogueVersionId") IS DISTINCT FROM 'PUBLISHED' THEN
    RAISE EXCEPTION 'A revision must use a published catalogue version';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Revision_published_catalogue"
  BEFORE INSERT OR UPDATE OF "catalogueVersionId" ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION "refuse_revision_on_draft_catalogue"();
