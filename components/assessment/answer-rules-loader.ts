'use client';

import { useEffect, useState } from 'react';

export type AnswerRules = typeof import('@/lib/assessments/answer-rules');

let loading: Promise<AnswerRules> | undefined;
let loaded: AnswerRules | null = null;

/**
 * The answer rules (lib/assessments/answer-rules.ts, zod) load after the self-assessment is on
 * screen: zod is ~20 kB gzip that the first paint does not need (ADR 010). Until they are here,
 * the page shows the server's completeness and autosave leaves the limits to the server, which
 * checks them on every save anyway.
 */
export function loadAnswerRules(): Promise<AnswerRules> {
  loading ??= import('@/lib/assessments/answer-rules').then(
    (rules) => (loaded = rules),
    (error: unknown) => {
      loading = undefined; // tried again by the next form that asks (e.g. after the connection is back)
      throw error;
    },
  );
  return loading;
}

/** The rules if they have arrived, else null (no waiting). */
export function answerRulesIfLoaded(): AnswerRules | null {
  return loaded;
}

/** The rules once they have arrived (null before); starts loading them. */
export function useAnswerRules(): AnswerRules | null {
  const [rules, setRules] = useState<AnswerRules | null>(loaded);
  useEffect(() => {
    let current = true;
    const load = () =>
      loadAnswerRules().then(
        (arrived) => current && setRules(arrived),
        () => undefined, // the server's completeness and checks stand meanwhile
      );
    void load();
    window.addEventListener('online', load);
    return () => {
      current = false;
      window.removeEventListener('online', load);
    };
  }, []);
  return rules;
}
