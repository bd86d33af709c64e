'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AnswerSnapshot } from '@/lib/assessments/answer-fields';
import { AnswerAutosaver, type LocalCopy } from '@/components/assessment/answer-autosaver';
import type { SaveAnswer } from '@/components/assessment/assessment-context';
import { answerRulesIfLoaded } from '@/components/assessment/answer-rules-loader';

/**
 * The last answer the server confirmed per revision and standard, for this browser tab. Back
 * and forward show a page from the router's cache, with the answers as they were when it was
 * first shown; a form starts from whichever is newer, so it never saves on an old version.
 */
const lastSaved = new Map<string, AnswerSnapshot>();

function newer(initial: AnswerSnapshot, saved: AnswerSnapshot | undefined): AnswerSnapshot {
  return saved && saved.version > initial.version ? saved : initial;
}

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
  const key = `${revisionId}:${standardKey}`;
  const [saver] = useState(
    () =>
      new AnswerAutosaver({
        initial: newer(initial, lastSaved.get(key)),
        storage: browserStorage(`portal:answer:${key}`),
        send: async (expectedVersion, answer) => {
          const result = await save({ standardKey, expectedVersion, answer });
          if (result.ok) lastSaved.set(key, result.data);
          return result;
        },
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
