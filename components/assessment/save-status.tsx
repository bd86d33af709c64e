'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { SaveState } from '@/components/assessment/answer-autosaver';
import { useErrorText } from '@/components/ui/use-error-text';

/** „Gespeichert 14:32“ / „Wird gespeichert …“ / „Nicht gespeichert …“, announced politely. */
export function SaveStatus({ state, savedAt, restored }: { state: SaveState; savedAt: string | null; restored: boolean }) {
  const t = useTranslations('assessment');
  const format = useFormatter();
  const errorText = useErrorText('assessment');
  let text: string;
  let tone = 'text-muted';
  switch (state.kind) {
    case 'saved':
      text = savedAt ? t('autosave.saved', { time: format.dateTime(new Date(savedAt), { dateStyle: 'short', timeStyle: 'short' }) }) : t('autosave.savedNever');
      tone = savedAt ? 'text-success' : 'text-muted';
      break;
    case 'pending':
      text = restored ? t('autosave.restored') : t('autosave.pending');
      break;
    case 'saving':
      text = t('autosave.saving');
      break;
    case 'retrying':
      text = t('autosave.unsaved', { seconds: state.seconds });
      tone = 'text-danger';
      break;
    case 'invalid':
      text = t('autosave.invalid');
      tone = 'text-danger';
      break;
    case 'conflict':
      text = t('errors.answerConflict');
      tone = 'text-danger';
      break;
    case 'failed':
      text = errorText(state.code);
      tone = 'text-danger';
      break;
  }
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`} data-save-state={state.kind} data-testid="save-status">
      {text}
    </p>
  );
}
