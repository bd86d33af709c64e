import { BUTTON_PRIMARY } from '@/components/ui/button-classes';

/** A form's „Speichern“ button (its pending label while saving) and the status line that says it was saved. */
export function SaveBar({ pending, saved, label, pendingLabel, savedText }: { pending: boolean; saved: boolean; label: string; pendingLabel: string; savedText: string }) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button type="submit" disabled={pending} className={BUTTON_PRIMARY}>
        {pending ? pendingLabel : label}
      </button>
      <p role="status" className="font-semibold">
        {saved ? savedText : ''}
      </p>
    </div>
  );
}
