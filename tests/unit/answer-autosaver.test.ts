import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerAutosaver, type LocalCopy } from '@/components/assessment/answer-autosaver';
import type { ActionResult } from '@/lib/forms/action-result';
import { draftFieldErrors, type AnswerDraft } from '@/lib/assessments/answer-rules';
import type { StoredAnswer } from '@/lib/assessments/save-answer';

/** What saveAnswerAction answers. */
type SendResult = ActionResult<StoredAnswer, StoredAnswer>;

const empty: AnswerDraft = { status: 'OPEN', implementation: '', plannedMeasures: '', targetDate: null, partners: '' };

function memoryStorage(initial: LocalCopy | null = null) {
  let copy = initial;
  return {
    load: () => copy,
    save: (next: LocalCopy) => {
      copy = next;
    },
    clear: () => {
      copy = null;
    },
    peek: () => copy,
  };
}

function stored(fields: AnswerDraft, version: number): StoredAnswer {
  return { ...fields, version, updatedAt: '2026-11-28T10:00:00.000Z', updatedByName: 'Paula Kollegin' };
}

/** A fake server: answers in order, recording what it received. */
function server(...answers: ((version: number, fields: AnswerDraft) => SendResult | Promise<SendResult>)[]) {
  const calls: { version: number; fields: AnswerDraft }[] = [];
  const send = vi.fn(async (version: number, fields: AnswerDraft) => {
    calls.push({ version, fields });
    const next = answers.shift();
    if (!next) throw new Error('unexpected call');
    return next(version, fields);
  });
  return { send, calls };
}

const accept = (version: number, fields: AnswerDraft): SendResult => ({ ok: true, data: stored(fields, version + 1) });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AnswerAutosaver', () => {
  it('keeps every change locally at once and saves after a pause, naming the base version', async () => {
    const storage = memoryStorage();
    const { send, calls } = server(accept);
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 3, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 800 });
    saver.update({ implementation: 'A' });
    saver.update({ implementation: 'AB' });
    expect(storage.peek()).toEqual({ fields: { ...empty, implementation: 'AB' }, baseVersion: 3 });
    expect(saver.getSnapshot().state.kind).toBe('pending');
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(800);
    expect(calls).toEqual([{ version: 3, fields: { ...empty, implementation: 'AB' } }]);
    expect(saver.getSnapshot().state.kind).toBe('saved');
    expect(saver.getSnapshot().savedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(storage.peek()).toBeNull();
  });

  it('sends text typed during a save right after it, on the new version', async () => {
    let release: (value: SendResult) => void = () => {};
    const { send, calls } = server(
      (version, fields) => new Promise<SendResult>((resolve) => (release = () => resolve(accept(version, fields)))),
      accept,
    );
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage: memoryStorage(), debounceMs: 10 });
    saver.update({ implementation: 'eins' });
    await vi.advanceTimersByTimeAsync(10);
    saver.update({ implementation: 'eins zwei' });
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toHaveLength(1);
    release(accept(0, { ...empty, implementation: 'eins' }));
    await vi.advanceTimersByTimeAsync(10);
    expect(calls.map((call) => [call.version, call.fields.implementation])).toEqual([
      [0, 'eins'],
      [1, 'eins zwei'],
    ]);
    expect(saver.getSnapshot().state.kind).toBe('saved');
  });

  it('retries with back-off while the server is unreachable, keeping the text locally', async () => {
    const storage = memoryStorage();
    const { send, calls } = server(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => Promise.reject(new TypeError('Failed to fetch')),
      accept,
    );
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 0 });
    saver.update({ implementation: 'offline geschrieben' });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getSnapshot().state).toEqual({ kind: 'retrying', seconds: 2 });
    expect(storage.peek()?.fields.implementation).toBe('offline geschrieben');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.getSnapshot().state).toEqual({ kind: 'retrying', seconds: 4 });
    saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(3);
    expect(saver.getSnapshot().state.kind).toBe('saved');
    expect(storage.peek()).toBeNull();
  });

  it('stops on a conflict, shows both versions and lets the user keep theirs or mine', async () => {
    const theirs = stored({ ...empty, status: 'FULFILLED', implementation: 'Kollegin' }, 5);
    const { send, calls } = server(() => ({ ok: false, formError: 'answerConflict', details: theirs }), accept);
    const storage = memoryStorage();
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 4, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 0 });
    saver.update({ implementation: 'Meins' });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getSnapshot().state).toEqual({ kind: 'conflict', theirs });
    expect(saver.getSnapshot().fields.implementation).toBe('Meins');
    expect(storage.peek()?.fields.implementation).toBe('Meins');
    // Typing on during a conflict saves nothing.
    saver.update({ implementation: 'Meins!' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);

    saver.resolveConflict('mine');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toEqual({ version: 5, fields: { ...empty, implementation: 'Meins!' } });
    expect(saver.getSnapshot().state.kind).toBe('saved');
  });

  it('takes the other version on request and drops the local text', async () => {
    const theirs = stored({ ...empty, status: 'FULFILLED', implementation: 'Kollegin' }, 2);
    const { send } = server(() => ({ ok: false, formError: 'answerConflict', details: theirs }));
    const storage = memoryStorage();
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 1, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 0 });
    saver.update({ implementation: 'Meins' });
    await vi.advanceTimersByTimeAsync(0);
    saver.resolveConflict('theirs');
    expect(saver.getSnapshot().fields).toEqual({ ...empty, status: 'FULFILLED', implementation: 'Kollegin' });
    expect(saver.getSnapshot().state.kind).toBe('saved');
    expect(storage.peek()).toBeNull();
  });

  it('restores text left in the browser after a reload and saves it', async () => {
    const storage = memoryStorage({ fields: { ...empty, implementation: 'vor dem Neuladen' }, baseVersion: 2 });
    const { calls, send } = server(accept);
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 2, updatedAt: '', updatedByName: null }, send, storage });
    saver.restore();
    expect(saver.getSnapshot().fields.implementation).toBe('vor dem Neuladen');
    expect(saver.getSnapshot().restored).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ version: 2, fields: { ...empty, implementation: 'vor dem Neuladen' } }]);
  });

  it('treats a local text based on an older version as a conflict instead of overwriting', () => {
    const storage = memoryStorage({ fields: { ...empty, implementation: 'alt' }, baseVersion: 1 });
    const { send } = server();
    const saver = new AnswerAutosaver({
      initial: { ...empty, implementation: 'neu vom Server', version: 3, updatedAt: '2026-11-28T10:00:00.000Z', updatedByName: 'Paula Kollegin' },
      send,
      storage,
    });
    saver.restore();
    const state = saver.getSnapshot().state;
    expect(state.kind).toBe('conflict');
    expect(state.kind === 'conflict' && state.theirs.implementation).toBe('neu vom Server');
    // A real conflict names who changed the answer, and when.
    expect(state.kind === 'conflict' && [state.theirs.updatedByName, state.theirs.updatedAt]).toEqual(['Paula Kollegin', '2026-11-28T10:00:00.000Z']);
    expect(saver.getSnapshot().fields.implementation).toBe('alt');
    expect(send).not.toHaveBeenCalled();
  });

  it('does not send text over the limit and says so', async () => {
    const { send } = server();
    const saver = new AnswerAutosaver({
      initial: { ...empty, version: 0, updatedAt: '', updatedByName: null },
      send,
      storage: memoryStorage(),
      validate: draftFieldErrors,
      debounceMs: 0,
    });
    saver.update({ plannedMeasures: 'x'.repeat(5001) });
    await vi.advanceTimersByTimeAsync(10);
    expect(send).not.toHaveBeenCalled();
    expect(saver.getSnapshot().state.kind).toBe('invalid');
    expect(saver.getSnapshot().fieldErrors).toEqual({ plannedMeasures: ['tooLong'] });
  });

  it('before the rules have arrived, sends the change and shows the limits the server names', async () => {
    const storage = memoryStorage();
    const { send } = server(() => ({ ok: false, formError: 'invalid', fieldErrors: { plannedMeasures: ['tooLong'] } }));
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 0 });
    saver.update({ plannedMeasures: 'x'.repeat(5001) });
    await vi.advanceTimersByTimeAsync(10);
    expect(send).toHaveBeenCalledTimes(1);
    expect(saver.getSnapshot().state.kind).toBe('invalid');
    expect(saver.getSnapshot().fieldErrors).toEqual({ plannedMeasures: ['tooLong'] });
    // Nothing typed is lost: the text stays in the browser.
    expect(storage.peek()?.fields.plannedMeasures).toHaveLength(5001);
  });

  it('flush() resolves once the server has the text', async () => {
    const { send } = server(accept);
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage: memoryStorage(), debounceMs: 10_000 });
    saver.update({ implementation: 'gleich einreichen' });
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(flushed).resolves.toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends a change still waiting for its pause when the form goes away, and nothing when all is saved', async () => {
    const storage = memoryStorage();
    const { send, calls } = server(accept);
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 1, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 10_000 });
    saver.update({ implementation: 'vor dem Seitenwechsel' });
    saver.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ version: 1, fields: { ...empty, implementation: 'vor dem Seitenwechsel' } }]);
    expect(storage.peek()).toBeNull();
    saver.dispose();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('flush() says „not saved“ as soon as an attempt fails, instead of waiting for the connection', async () => {
    const { send } = server(() => Promise.reject(new TypeError('Failed to fetch')));
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage: memoryStorage(), debounceMs: 10_000 });
    saver.update({ implementation: 'ohne Verbindung' });
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(flushed).resolves.toBe(false);
    expect(saver.getSnapshot().state.kind).toBe('retrying');
  });

  it('stops when the session has ended and keeps the text in the browser', async () => {
    const storage = memoryStorage();
    const { send } = server(() => ({ ok: false, formError: 'unauthenticated' }));
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 0 });
    saver.update({ implementation: 'nach Ablauf der Sitzung' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(saver.getSnapshot().state).toEqual({ kind: 'failed', code: 'unauthenticated' });
    await expect(saver.flush()).resolves.toBe(false);
    expect(storage.peek()?.fields.implementation).toBe('nach Ablauf der Sitzung');
  });

  it('a form that has gone away sends its waiting change once and does not retry', async () => {
    const storage = memoryStorage();
    const { send } = server(() => Promise.reject(new TypeError('Failed to fetch')));
    const saver = new AnswerAutosaver({ initial: { ...empty, version: 0, updatedAt: '', updatedByName: null }, send, storage, debounceMs: 10_000 });
    saver.update({ implementation: 'beim Verlassen' });
    saver.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(storage.peek()?.fields.implementation).toBe('beim Verlassen');
  });
});
