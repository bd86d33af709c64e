'use client';

import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/forms/action-result';
import { buttonClass } from '@/components/ui/button-classes';
import { useCatalogueAction } from '@/components/catalogue-admin/use-catalogue-action';

/**
 * „Nach oben“ / „Nach unten“ for one standard within its topic: plain buttons (keyboard and
 * screen reader: each names its standard), the page shown again after the move, the focus kept
 * on the button just used (or its partner once the standard reached an end), and a status
 * message saying what happened.
 */
export function MoveButtons({
  standardKey,
  number,
  index,
  first,
  last,
  action,
}: {
  standardKey: string;
  number: number;
  /** The standard's place in its topic: the focus follows it after a move. */
  index: number;
  first: boolean;
  last: boolean;
  action: (input: unknown) => Promise<ActionResult<{ moved: boolean }>>;
}) {
  const t = useTranslations('catalogueAdmin');
  const router = useRouter();
  const { run, pending, error } = useCatalogueAction();
  const [status, setStatus] = useState('');
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<'up' | 'down' | null>(null);

  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const target = wanted === 'up' ? (first ? down : up) : last ? up : down;
    target.current?.focus();
  }, [index, first, last]);

  const move = (direction: 'up' | 'down') =>
    run(
      () => action({ key: standardKey, direction }),
      ({ moved }) => {
        focusAfterMove.current = direction;
        setStatus(moved ? t(direction === 'up' ? 'movedUp' : 'movedDown', { number }) : '');
        router.refresh();
      },
    );

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        ref={up}
        type="button"
        disabled={first || pending}
        onClick={() => move('up')}
        aria-label={t('moveUpLabel', { number })}
        className={`${buttonClass('secondary', 'xs')} disabled:opacity-40`}
      >
        <span aria-hidden="true">↑ </span>
        {t('moveUp')}
      </button>
      <button
        ref={down}
        type="button"
        disabled={last || pending}
        onClick={() => move('down')}
        aria-label={t('moveDownLabel', { number })}
        className={`${buttonClass('secondary', 'xs')} disabled:opacity-40`}
      >
        <span aria-hidden="true">↓ </span>
        {t('moveDown')}
      </button>
      <span role="status" className="sr-only">
        {status}
      </span>
      {error && (
        <span role="alert" className="text-sm font-semibold text-danger">
          {error}
        </span>
      )}
    </div>
  );
}
