import { describe, expect, it } from 'vitest';
import { answerCompleteSchema, isAnswerComplete, type AnswerDraft } from '@/lib/assessments/answer-rules';
import { getApplicabilityHints } from '@/lib/assessments/get-applicability-hints';
import { TRANSITIONS } from '@/lib/assessments/transition-assessment';

const base: AnswerDraft = { status: 'FULFILLED', implementation: 'So.', plannedMeasures: '', targetDate: null, partners: '' };
const messages = (answer: AnswerDraft) => {
  const result = answerCompleteSchema.safeParse(answer);
  return result.success ? [] : result.error.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
};

describe('answer completeness', () => {
  it('needs a status other than Offen and a text in Umsetzung / Begründung', () => {
    expect(isAnswerComplete(base)).toBe(true);
    expect(messages({ ...base, status: 'OPEN' })).toEqual(['status:statusRequired']);
    expect(messages({ ...base, implementation: '   ' })).toEqual(['implementation:implementationRequired']);
  });

  it('needs planned measures and a target date for Teilweise / Nicht erfüllt', () => {
    for (const status of ['PARTIALLY_FULFILLED', 'NOT_FULFILLED'] as const) {
      expect(messages({ ...base, status })).toEqual(['plannedMeasures:plannedMeasuresRequired', 'targetDate:targetDateRequired']);
      expect(isAnswerComplete({ ...base, status, plannedMeasures: 'Schulung', targetDate: '2027-06-30' })).toBe(true);
    }
  });

  it('needs a reason for Nicht zutreffend', () => {
    expect(messages({ ...base, status: 'NOT_APPLICABLE', implementation: '' })).toEqual(['implementation:reasonRequired']);
  });

  it('limits every text to 5,000 characters and checks the date', () => {
    expect(messages({ ...base, partners: 'x'.repeat(5001) })).toEqual(['partners:tooLong']);
    expect(messages({ ...base, targetDate: '2027-02-30' })).toEqual(['targetDate:dateInvalid']);
  });
});

describe('applicability hints', () => {
  it('point to standard 20 without apprentices and to standard 13 when every country is in the EU/EEA', () => {
    expect(getApplicabilityHints({ targetGroup: 'SKILLED_WORKERS', countries: ['VN'] })).toEqual(['std-20']);
    expect(getApplicabilityHints({ targetGroup: 'BOTH', countries: ['PL', 'NO', 'IT'] })).toEqual(['std-13']);
    expect(getApplicabilityHints({ targetGroup: 'APPRENTICES', countries: ['PL', 'VN'] })).toEqual([]);
    expect(getApplicabilityHints({ targetGroup: 'SKILLED_WORKERS', countries: ['ES'] })).toEqual(['std-13', 'std-20']);
  });
});

describe('state machine', () => {
  it('allows exactly the documented transitions', () => {
    const allowed = (status: string, event: keyof typeof TRANSITIONS) => (TRANSITIONS[event].from as readonly string[]).includes(status);
    expect(allowed('DRAFT', 'submit')).toBe(true);
    expect(allowed('CHANGES_REQUESTED', 'submit')).toBe(true);
    expect(allowed('SUBMITTED', 'submit')).toBe(false);
    expect(allowed('SUBMITTED', 'withdraw')).toBe(true);
    expect(allowed('IN_REVIEW', 'withdraw')).toBe(false);
    expect(allowed('WITHDRAWN', 'reopen')).toBe(true);
    expect(allowed('ACCEPTED', 'reopen')).toBe(false);
    expect(TRANSITIONS.startReview.to).toBe('IN_REVIEW');
  });
});
