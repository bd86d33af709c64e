import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ANSWER_STATUSES, ANSWER_TEXT_MAX, isAnswerComplete, type AnswerDraft } from '@/lib/assessments/answer-rules';
import { seed } from '@/prisma/seed/seed';
import { actorFor, createTestProject } from '@/tests/support/factories';

/**
 * The database's `Answer.complete` (a generated column, migration 20261201230000_answer_complete)
 * mirrors the one rule, answerCompleteSchema: the project list counts it instead of loading
 * every answer's texts. Compared case by case, including every character JavaScript's trim()
 * removes and some it keeps.
 */
let answerId: string;

beforeAll(async () => {
  await seed({ demo: true });
  const actor = await actorFor('antrag@demo.example');
  const { id } = await createTestProject({ actor });
  const answer = await db.answer.findFirstOrThrow({ where: { revision: { assessment: { projectId: id } } }, select: { id: true } });
  answerId = answer.id;
});

const JS_WHITESPACE = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const TEXTS = ['', 'Sprachkurse ab dem ersten Tag.', ...JS_WHITESPACE.map((c) => `${c}${c}`), ' \u200b ', '\u0085', ' x ', 'x'.repeat(ANSWER_TEXT_MAX), 'x'.repeat(ANSWER_TEXT_MAX + 1)];

async function completeInDatabase(answer: AnswerDraft): Promise<boolean> {
  const row = await db.answer.update({
    where: { id: answerId },
    data: { ...answer, targetDate: answer.targetDate ? new Date(`${answer.targetDate}T00:00:00Z`) : null },
    select: { complete: true },
  });
  return row.complete;
}

describe('Answer.complete', () => {
  it('agrees with answerCompleteSchema for every status, text and date', async () => {
    const cases: AnswerDraft[] = [];
    for (const status of ANSWER_STATUSES) {
      for (const implementation of TEXTS) cases.push({ status, implementation, plannedMeasures: 'Maßnahme', targetDate: '2027-06-30', partners: '' });
      for (const plannedMeasures of TEXTS) {
        for (const targetDate of [null, '2027-06-30']) cases.push({ status, implementation: 'Umsetzung', plannedMeasures, targetDate, partners: '' });
      }
      for (const partners of ['', 'x'.repeat(ANSWER_TEXT_MAX), 'x'.repeat(ANSWER_TEXT_MAX + 1)]) {
        cases.push({ status, implementation: 'Umsetzung', plannedMeasures: 'Maßnahme', targetDate: '2027-06-30', partners });
      }
    }
    const disagreements: string[] = [];
    for (const answer of cases) {
      const expected = isAnswerComplete(answer);
      if ((await completeInDatabase(answer)) !== expected) disagreements.push(JSON.stringify({ ...answer, expected }).slice(0, 200));
    }
    expect(disagreements).toEqual([]);
    // Both outcomes occur, so the comparison means something.
    expect(new Set(cases.map(isAnswerComplete))).toEqual(new Set([true, false]));
  });

  it('is false while the answer waits for confirmation after its standard’s text changed, whatever its content', async () => {
    const complete: AnswerDraft = { status: 'FULFILLED', implementation: 'Umsetzung', plannedMeasures: '', targetDate: null, partners: '' };
    expect(await completeInDatabase(complete)).toBe(true);
    await db.answer.update({ where: { id: answerId }, data: { needsConfirmation: true }, select: { id: true } });
    expect(await completeInDatabase(complete)).toBe(false);
    await db.answer.update({ where: { id: answerId }, data: { needsConfirmation: false }, select: { id: true } });
    expect(await completeInDatabase(complete)).toBe(true);
  });
});
