'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import type { ReviewComment } from '@/lib/review/get-review-view';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button-classes';
import { useActionForm } from '@/components/ui/use-action-form';
import { useErrorText } from '@/components/ui/use-error-text';

type AddValues = { standardKey: string | null; body: string; internal: boolean };

/**
 * The comment thread of one standard: what officers and applicants wrote (internal notes marked,
 * officers only — the server never sends them to applicants), and „Kommentieren“. The author
 * may edit a comment for 15 minutes and retract it; a retracted one stays, marked. A failed
 * comment keeps its text; after a new one, the focus moves to it.
 */
export function CommentThread({
  standardKey,
  label,
  comments,
  canWrite,
  canWriteInternal,
  addAction,
  editAction,
  retractAction,
}: {
  standardKey: string | null;
  /** Heading context, e.g. „Standard 7“. */
  label: string;
  comments: ReviewComment[];
  canWrite: boolean;
  canWriteInternal: boolean;
  addAction: (input: AddValues) => Promise<ActionResult<{ id: string }>>;
  editAction: (commentId: string, input: { body: string }) => Promise<ActionResult>;
  retractAction: (commentId: string) => Promise<ActionResult>;
}) {
  const t = useTranslations('comments');
  const router = useRouter();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const id = `comment-${standardKey ?? 'general'}`;
  const { errors, formError, pending, summaryRef, submit, summaryFields } = useActionForm({
    namespace: 'comments',
    fields: ['body'],
    schema: () => import('@/lib/review/comment-schema').then((m) => m.addCommentSchema),
    action: addAction,
    onSuccess: (data) => {
      setBody('');
      setInternal(false);
      setFocusId(data.id);
      router.refresh();
    },
  });

  useEffect(() => {
    if (!focusId) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-comment-id="${focusId}"]`);
    if (item) {
      item.focus();
      setFocusId(null);
    }
  }, [focusId, comments]);

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 rounded border border-brand-100 p-4">
      <h5 id={`${id}-heading`} className="mb-2 font-semibold text-brand-900">
        {t('heading')} <span className="sr-only">({label})</span>
      </h5>
      {comments.length === 0 ? (
        <p className="mb-3 text-sm text-muted">{t('empty')}</p>
      ) : (
        <ol ref={listRef} className="mb-4 space-y-3">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} editAction={editAction} retractAction={retractAction} />
          ))}
        </ol>
      )}
      {canWrite && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit({ standardKey, body, internal: canWriteInternal && internal });
          }}
          className="space-y-3"
        >
          <ErrorSummary ref={summaryRef} title={t('errorSummary')} formError={formError} fields={summaryFields(() => t('label'), () => id)} />
          <TextField id={id} label={t('label')} value={body} onChange={setBody} error={errors.body?.join(' ')} multiline />
          {canWriteInternal && (
            <div className="flex items-start gap-2">
              <input id={`${id}-internal`} type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} className="mt-1 size-5" aria-describedby={`${id}-internal-hint`} />
              <label htmlFor={`${id}-internal`}>
                {t('internal')}
                <span id={`${id}-internal-hint`} className="block text-sm text-muted">
                  {t('internalHint')}
                </span>
              </label>
            </div>
          )}
          <button type="submit" disabled={pending} className={buttonClass('secondary')}>
            {pending ? t('sending') : t('submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  editAction,
  retractAction,
}: {
  comment: ReviewComment;
  editAction: (commentId: string, input: { body: string }) => Promise<ActionResult>;
  retractAction: (commentId: string) => Promise<ActionResult>;
}) {
  const t = useTranslations('comments');
  const format = useFormatter();
  const errorText = useErrorText('comments');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const when = format.dateTime(new Date(comment.createdAt), { dateStyle: 'medium', timeStyle: 'short' });

  function run(work: () => Promise<ActionResult>) {
    startTransition(async () => {
      const result = await work();
      if (result.ok) {
        setEditing(false);
        setError(null);
        router.refresh();
      } else setError(errorText(result.formError ?? result.fieldErrors?.body?.[0]));
    });
  }

  return (
    <li
      data-comment-id={comment.id}
      tabIndex={-1}
      className={`rounded p-3 ${comment.internal ? 'border-l-4 border-yellow-600 bg-yellow-50' : 'bg-brand-50'}`}
    >
      <p className="mb-1 text-sm">
        <strong>{comment.authorName ?? t('unknownAuthor')}</strong> ({comment.authorIsOfficer ? t('officer') : t('applicant')}) · {when} ·{' '}
        {t('onRevision', { number: comment.revisionNumber })}
        {comment.editedAt && ` · ${t('edited')}`}
        {comment.internal && <span className="ml-2 rounded bg-yellow-200 px-2 py-0.5 text-xs font-semibold">{t('internalBadge')}</span>}
      </p>
      {comment.retractedAt ? (
        <p className="italic text-muted">{t('retracted', { date: format.dateTime(new Date(comment.retractedAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      ) : editing ? (
        <div className="space-y-2">
          <TextField id={`edit-${comment.id}`} label={t('label')} value={text} onChange={setText} multiline error={error ?? undefined} />
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => run(() => editAction(comment.id, { body: text }))} className={buttonClass('primary', 'compact')}>
              {t('save')}
            </button>
            <button type="button" onClick={() => setEditing(false)} className={buttonClass('secondary', 'compact')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="whitespace-pre-wrap break-words">{comment.body}</p>
      )}
      {!editing && error && (
        <p role="alert" className="mt-1 text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      {comment.own && !comment.retractedAt && !editing && (
        <div className="mt-2 flex flex-wrap gap-2">
          {comment.editable && (
            <button type="button" onClick={() => setEditing(true)} className={buttonClass('secondary', 'compact')}>
              {t('edit')}
            </button>
          )}
          <button
            type="button"
            disabled={pending}
            onClick={() => window.confirm(t('retractConfirm')) && run(() => retractAction(comment.id))}
            className={buttonClass('secondary', 'compact')}
          >
            {t('retract')}
          </button>
        </div>
      )}
    </li>
  );
}
