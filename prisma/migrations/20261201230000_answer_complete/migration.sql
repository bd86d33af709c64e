-- Whether an answer meets every rule for submission, computed by the database from the row
-- itself, so that lists (the project table's progress „n von 22“) count complete answers
-- without loading every answer's texts. It mirrors answerCompleteSchema in
-- lib/assessments/answer-rules.ts, which stays the rule: tests/integration/answer-complete-column.test.ts
-- compares the two for every case, including JavaScript's trim() whitespace, listed here.
-- A generated column is set on every insert and update, whoever writes; adding it rewrites
-- the table without firing row triggers (submitted answers stay untouched).
ALTER TABLE "Answer" ADD COLUMN "complete" BOOLEAN NOT NULL GENERATED ALWAYS AS (
  "status" <> 'OPEN'
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
