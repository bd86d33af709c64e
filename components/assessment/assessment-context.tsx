'use client';

import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { AnswerDraft } from '@/lib/assessments/answer-fields';
import type { StoredAnswer } from '@/lib/assessments/save-answer';
import type { ActionResult } from '@/lib/forms/action-result';

/** saveAnswerAction bound to the project (app/[locale]/(site)/(applicant)/projects/[id]/assessment/actions.ts). */
export type SaveAnswer = (input: { standardKey: string; expectedVersion: number; answer: AnswerDraft }) => Promise<ActionResult<StoredAnswer, StoredAnswer>>;

export type Completeness = { complete: boolean; status: AnswerDraft['status']; problems: { field: string; message: string }[] };

type AnswerHandle = {
  /** Saves pending changes now; resolves true when the server has them. */
  flush: () => Promise<boolean>;
  /** Changes fields as if the user typed them (applicability hints). */
  apply: (patch: Partial<AnswerDraft>) => void;
};

type AssessmentContextValue = {
  /** Absent on read-only pages (the officers' review): no answer form is shown there. */
  saveAnswer?: SaveAnswer;
  completeness: Record<string, Completeness>;
  report: (standardKey: string, value: Completeness) => void;
  showRequired: boolean;
  setShowRequired: (value: boolean) => void;
  register: (standardKey: string, handle: AnswerHandle) => () => void;
  flushAll: () => Promise<boolean>;
  apply: (standardKey: string, patch: Partial<AnswerDraft>) => void;
};

const AssessmentContext = createContext<AssessmentContextValue | null>(null);

/**
 * Shared state of the self-assessment page: each answer form reports its completeness (so
 * progress and the missing list update while typing) and registers how to flush and change it
 * (submit waits for every pending save; hints fill in an answer). The page hands it the
 * autosave action once, for all answer forms.
 */
export function AssessmentProvider({
  initialCompleteness,
  initialShowRequired = false,
  saveAnswer,
  children,
}: {
  initialCompleteness: Record<string, Completeness>;
  /** Show what is missing next to every field from the start (a link from the overview's list of what is missing). */
  initialShowRequired?: boolean;
  saveAnswer?: SaveAnswer;
  children: React.ReactNode;
}) {
  const [completeness, setCompleteness] = useState(initialCompleteness);
  const [showRequired, setShowRequired] = useState(initialShowRequired);
  const handles = useRef(new Map<string, AnswerHandle>());

  const report = useCallback((standardKey: string, value: Completeness) => {
    setCompleteness((current) => {
      const previous = current[standardKey];
      if (
        previous &&
        previous.complete === value.complete &&
        previous.status === value.status &&
        JSON.stringify(previous.problems) === JSON.stringify(value.problems)
      ) {
        return current;
      }
      return { ...current, [standardKey]: value };
    });
  }, []);

  const register = useCallback((standardKey: string, handle: AnswerHandle) => {
    handles.current.set(standardKey, handle);
    return () => {
      handles.current.delete(standardKey);
    };
  }, []);

  const flushAll = useCallback(async () => {
    const results = await Promise.all([...handles.current.values()].map((handle) => handle.flush()));
    return results.every(Boolean);
  }, []);

  const apply = useCallback((standardKey: string, patch: Partial<AnswerDraft>) => {
    handles.current.get(standardKey)?.apply(patch);
  }, []);

  const value = useMemo(
    () => ({ saveAnswer, completeness, report, showRequired, setShowRequired, register, flushAll, apply }),
    [saveAnswer, completeness, report, showRequired, register, flushAll, apply],
  );
  return <AssessmentContext.Provider value={value}>{children}</AssessmentContext.Provider>;
}

export function useAssessment(): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) throw new Error('useAssessment outside AssessmentProvider');
  return value;
}
