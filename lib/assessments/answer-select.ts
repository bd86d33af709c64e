/** The columns of an answer that the self-assessment reads and autosave compares (one place). */
export const ANSWER_SELECT = {
  status: true,
  implementation: true,
  plannedMeasures: true,
  targetDate: true,
  partners: true,
  version: true,
  updatedAt: true,
  updatedById: true,
} as const;
