-- Art. 17 DSGVO (lib/privacy/erase-person.ts): when a person was erased.
ALTER TABLE "User" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- ---------------------------------------------------------------------------------------------
-- Hand-written additions (not modelled by Prisma).
-- ---------------------------------------------------------------------------------------------

-- An erased person keeps only a pseudonym (geloescht-<random>@invalid) and is disabled.
ALTER TABLE "User" ADD CONSTRAINT "User_erased_pseudonym_check"
  CHECK ("erasedAt" IS NULL OR ("disabledAt" IS NOT NULL AND "email" LIKE 'geloescht-%@invalid'));

-- Erasure is final: once erasedAt is set, it, the pseudonymous name and e-mail, the unusable
-- password and the disabled state never change again (no re-enabling, no new password).
CREATE FUNCTION "user_erasure_final"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."erasedAt" IS NOT NULL AND (
       NEW."erasedAt" IS DISTINCT FROM OLD."erasedAt"
    OR NEW."email" <> OLD."email"
    OR NEW."name" <> OLD."name"
    OR NEW."passwordHash" <> OLD."passwordHash"
    OR NEW."disabledAt" IS DISTINCT FROM OLD."disabledAt"
  ) THEN
    RAISE EXCEPTION 'User % is erased: its identity, password and state are final', OLD."id"
      USING HINT = 'An erased person cannot be restored or re-enabled.';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "User_erasure_final"
  BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_erasure_final"();
