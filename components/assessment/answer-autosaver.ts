/**
 * The autosave engine of one answer, free of React so it can be tested on its own
 * (tests/unit/answer-autosaver.test.ts).
 *
 * Every change is kept in the browser's storage at once (a reload or a lost connection loses
 * nothing) and sent to the server after a pause, naming the version it is based on. The
 * server's answer decides: saved (local copy dropped), conflict (both versions kept, nothing
 * overwritten, the user chooses), invalid (field messages), locked, or a failure (retried with
 * back-off until the server has it).
 */
import { sameAnswer, type AnswerDraft, type AnswerSnapshot } from '@/lib/assessments/answer-fields';
import type { StoredAnswer } from '@/lib/assessments/save-answer';
import type { ActionResult } from '@/lib/forms/action-result';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; seconds: number }
  | { kind: 'invalid' }
  | { kind: 'conflict'; theirs: StoredAnswer }
  | { kind: 'failed'; code: string };

export type LocalCopy = { fields: AnswerDraft; baseVersion: number };

export type Snapshot = {
  fields: AnswerDraft;
  state: SaveState;
  savedAt: string | null;
  fieldErrors: Record<string, string[]>;
  restored: boolean;
};

type AutosaverOptions = {
  initial: AnswerSnapshot;
  /** saveAnswerAction: a conflict's failure carries the stored answer as `details`. */
  send: (expectedVersion: number, fields: AnswerDraft) => Promise<ActionResult<StoredAnswer, StoredAnswer>>;
  storage: { load(): LocalCopy | null; save(copy: LocalCopy): void; clear(): void };
  /**
   * The draft limits (`draftFieldErrors` of lib/assessments/answer-rules.ts): field → messages,
   * or null when the fields may be saved. Without it (the rules have not arrived yet) every
   * change is sent and the server's check answers.
   */
  validate?: (fields: AnswerDraft) => Record<string, string[]> | null;
  debounceMs?: number;
  maxRetrySeconds?: number;
};

const FINAL_KINDS = new Set(['saved', 'conflict', 'invalid', 'failed']);
/** Refusals that trying again cannot change: the user is told (signed out: sign in again). */
const FAILED_CODES = new Set(['projectLocked', 'notFound', 'forbidden', 'unauthenticated']);

export class AnswerAutosaver {
  private snapshot: Snapshot;
  private listeners = new Set<() => void>();
  private baseVersion: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private disposed = false;
  private waiters: ((saved: boolean) => void)[] = [];
  private readonly debounceMs: number;
  private readonly maxRetrySeconds: number;

  constructor(private readonly options: AutosaverOptions) {
    const { status, implementation, plannedMeasures, targetDate, partners, version, updatedAt } = options.initial;
    this.baseVersion = version;
    this.debounceMs = options.debounceMs ?? 800;
    this.maxRetrySeconds = options.maxRetrySeconds ?? 30;
    this.snapshot = {
      fields: { status, implementation, plannedMeasures, targetDate, partners },
      state: { kind: 'saved' },
      savedAt: version > 0 ? updatedAt : null,
      fieldErrors: {},
      restored: false,
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** A change typed by the user (or applied from a hint). */
  update(patch: Partial<AnswerDraft>) {
    const fields = { ...this.snapshot.fields, ...patch };
    this.keepLocally(fields);
    const kind = this.snapshot.state.kind;
    if (kind === 'conflict' || kind === 'failed') {
      this.set({ fields });
      return;
    }
    const fieldErrors = this.options.validate?.(fields) ?? null;
    if (fieldErrors) {
      clearTimeout(this.timer);
      this.set({ fields, fieldErrors, state: { kind: 'invalid' } });
      return;
    }
    this.set({ fields, fieldErrors: {}, state: { kind: 'pending' } });
    this.schedule(this.debounceMs);
  }

  /** Saves now; resolves true once the server has the current text, false when it cannot have it now. */
  flush(): Promise<boolean> {
    const kind = this.snapshot.state.kind;
    if (kind === 'saved') return Promise.resolve(true);
    if (kind === 'conflict' || kind === 'invalid' || kind === 'failed') return Promise.resolve(false);
    const promise = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    void this.save();
    return promise;
  }

  /** After a conflict: keep my text (saved on top of theirs) or take theirs. */
  resolveConflict(choice: 'mine' | 'theirs') {
    const state = this.snapshot.state;
    if (state.kind !== 'conflict') return;
    const { theirs } = state;
    this.baseVersion = theirs.version;
    if (choice === 'theirs') {
      const { status, implementation, plannedMeasures, targetDate, partners } = theirs;
      this.options.storage.clear();
      this.set({ fields: { status, implementation, plannedMeasures, targetDate, partners }, savedAt: theirs.updatedAt, state: { kind: 'saved' } });
    } else {
      this.keepLocally(this.snapshot.fields);
      this.set({ state: { kind: 'pending' } });
      void this.save();
    }
  }

  /** After mount: a text kept in this browser but not on the server is restored and saved. */
  restore() {
    const copy = this.options.storage.load();
    if (!copy) return;
    const server = this.snapshot.fields;
    if (sameAnswer(copy.fields, server)) {
      this.options.storage.clear();
      return;
    }
    if (copy.baseVersion === this.baseVersion) {
      this.set({ fields: copy.fields, restored: true, state: { kind: 'pending' } });
      this.schedule(0);
    } else {
      // The server's answer changed since this browser's text was based on it.
      const initial = this.options.initial;
      this.set({
        fields: copy.fields,
        state: { kind: 'conflict', theirs: { ...server, version: initial.version, updatedAt: initial.updatedAt, updatedByName: initial.updatedByName } },
      });
    }
  }

  /** The connection is back: retry at once. */
  online() {
    if (this.snapshot.state.kind === 'retrying') void this.save();
  }

  hasUnsavedChanges() {
    return this.snapshot.state.kind !== 'saved';
  }

  /**
   * The form goes away (the applicant moved to another page of the self-assessment): a change
   * still waiting for its pause is sent now instead of waiting for the next visit. The browser
   * copy stays until the server has it.
   */
  dispose() {
    this.disposed = true;
    const waiting = this.snapshot.state.kind === 'pending';
    clearTimeout(this.timer);
    if (waiting) void this.save();
  }

  private async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      // One request at a time; when it returns, the newest text follows (see below).
      return this.inFlight;
    }
    const sending = this.snapshot.fields;
    this.set({ state: { kind: 'saving' } });
    this.inFlight = this.send(sending);
    try {
      await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async send(sending: AnswerDraft) {
    let result: ActionResult<StoredAnswer, StoredAnswer>;
    try {
      result = await this.options.send(this.baseVersion, sending);
    } catch {
      this.scheduleRetry();
      return;
    }
    if (result.ok) {
      this.attempt = 0;
      this.baseVersion = result.data.version;
      if (sameAnswer(this.snapshot.fields, sending)) {
        this.options.storage.clear();
        this.set({ savedAt: result.data.updatedAt, state: { kind: 'saved' } });
      } else {
        // Typed on while saving: keep the newer text and send it next.
        this.keepLocally(this.snapshot.fields);
        this.set({ savedAt: result.data.updatedAt, state: { kind: 'pending' } });
        this.schedule(0);
      }
    } else if (result.formError === 'answerConflict' && result.details) {
      this.set({ state: { kind: 'conflict', theirs: result.details } });
    } else if (result.fieldErrors) {
      this.set({ fieldErrors: result.fieldErrors, state: { kind: 'invalid' } });
    } else if (result.formError && FAILED_CODES.has(result.formError)) {
      this.set({ state: { kind: 'failed', code: result.formError } });
    } else {
      this.scheduleRetry();
    }
  }

  /**
   * Not saved (no connection, server error): tried again with growing pauses, the text kept in
   * the browser. Whoever waits in `flush()` hears „not saved“ now rather than after the
   * connection is back. A form that has gone away tries no more: its next visit restores the
   * browser copy.
   */
  private scheduleRetry() {
    this.attempt += 1;
    const seconds = Math.min(this.maxRetrySeconds, 2 ** this.attempt);
    this.set({ state: { kind: 'retrying', seconds } });
    for (const resolve of this.waiters.splice(0)) resolve(false);
    clearTimeout(this.timer);
    if (this.disposed) return;
    this.timer = setTimeout(() => void this.save(), seconds * 1000);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), delay);
  }

  private keepLocally(fields: AnswerDraft) {
    try {
      this.options.storage.save({ fields, baseVersion: this.baseVersion });
    } catch {
      // Storage full or disabled: the server save still runs.
    }
  }

  private set(patch: Partial<Snapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    if (patch.state && FINAL_KINDS.has(patch.state.kind)) {
      const saved = patch.state.kind === 'saved';
      for (const resolve of this.waiters.splice(0)) resolve(saved);
    }
    for (const listener of this.listeners) listener();
  }
}
