'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AnswerSnapshot } from '@/lib/assessments/answer-fields';
import { AnswerAutosaver, type LocalCopy } from '@/components/assessment/answer-autosaver';
import type { SaveAnswer } from '@/components/assessment/assessment-context';
import { answerRulesIfLoaded } from '@/components/assessment/answer-rules-loader';

function browserStorage(key: string) {
  return {
    load(): LocalCopy | null {
      try {
        return JSON.parse(window.localStorage.getItem(key) ?? 'null') as LocalCopy | null;
      } catch {
        return null;
      }
    },
    save(copy: LocalCopy) {
      window.localStorage.setItem(key, JSON.stringify(copy));
    },
    clear() {
      window.localStorage.removeItem(key);
    },
  };
}

/** Binds an AnswerAutosaver to a component: its snapshot, the browser's storage and events. */
export function useAnswerAutosave({
  save,
  revisionId,
  standardKey,
  initial,
}: {
  save: SaveAnswer;
  revisionId: string;
  standardKey: string;
  initial: AnswerSnapshot;
}) {
  const [saver] = useState(
    () =>
      new AnswerAutosaver({
        initial,
        storage: browserStorage(`portal:answer:${revisionId}:${standardKey}`),
        send: (expectedVersion, answer) => save({ standardKey, expectedVersion, answer }),
        validate: (fields) => answerRulesIfLoaded()?.draftFieldErrors(fields) ?? null,
      }),
  );
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getSnapshot);

  useEffect(() => {
    saver.restore();
    const online = () => saver.online();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (saver.hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      saver.dispose();
    };
  }, [saver]);

  return { ...snapshot, saver };
}
