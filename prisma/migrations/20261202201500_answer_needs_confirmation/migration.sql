-- „Text geändert – bitte prüfen“: when a draft revision moves to a newer catalogue version, the
-- answers to standards whose text changed carry over with this flag, and count as missing until
-- the applicant confirms them. `complete` (migration 20261201230000_answer_complete) gains the
-- condition; PostgreSQL 15 cannot change a generated column's expression, so it is dropped and
-- added again (neither fires row triggers: submitted answers stay untouched).
ALTER TABLE "Answer" ADD COLUMN "needsConfirmation" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Answer" DROP COLUMN "complete";
ALTER TABLE "Answer" ADD COLUMN "complete" BOOLEAN NOT NULL GENERATED ALWAYS AS (
  NOT "needsConfirmation"
  AND "status" <> 'OPEN'
  AND btrim("implementation", U&'\0009\000A\000B\000C\000D\0020\00A0\1680\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200A\2028\2029\202F\205F\3000\FEFF') <> ''
  AND (
    "status" NOT IN ('PARTIALLY_FULFILLED', 'NOT_FULFILLED')
    OR (
      btrim("plannedMeasures", U&'\0009\000A\000B\000C\000D\0020\00A0\1680\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200A\2028\2029\202F\205F\3000\FEFF') <> ''
      AND "targetDate" IS NOT NULL
    )
  )
  AND char_length("implementation") <= 5000
  AND char_length("plannedMeasures") <= 5000
  AND char_length("partners") <= 5000
) STORED;
