import type { UserState } from '@/lib/users/user-states';

const STYLE: Record<UserState, string> = {
  active: 'border-success text-success',
  disabled: 'border-danger text-danger',
  unconfirmed: 'border-gray-500 text-muted',
};

/** An account's state as a word in a frame (the word carries the meaning, the colour only helps). */
export function UserStateBadge({ state, label }: { state: UserState; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold whitespace-nowrap ${STYLE[state]}`}>{label}</span>;
}
