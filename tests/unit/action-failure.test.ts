import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as zMini from 'zod/mini';
import { notFound, redirect } from 'next/navigation';
import { AuthorizationError, ConflictError, DOMAIN_ERROR_STATUS, DomainError, NotFoundError } from '@/lib/errors';
import { toActionFailure, toErrorResponse } from '@/lib/forms/to-action-failure';

afterEach(() => vi.restoreAllMocks());

describe('toActionFailure (every Server Action)', () => {
  it('turns zod issues into field keys, without a form-level code', () => {
    const parsed = z.object({ name: z.string().min(1, 'required') }).safeParse({ name: '' });
    expect(toActionFailure(parsed.error)).toEqual({ ok: false, fieldErrors: { name: ['required'] } });
  });

  it('does the same for zod/mini (the schemas the forms share throw its core $ZodError)', () => {
    const parsed = zMini.object({ name: zMini.string().check(zMini.minLength(1, 'required')) }).safeParse({ name: '' });
    expect(parsed.error).not.toBeInstanceOf(z.ZodError);
    expect(toActionFailure(parsed.error)).toEqual({ ok: false, fieldErrors: { name: ['required'] } });
  });

  it('passes a domain error on as its code, field keys and details', () => {
    expect(toActionFailure(new DomainError('alreadyMember', 'x', { email: ['alreadyMember'] }))).toEqual({
      ok: false,
      formError: 'alreadyMember',
      fieldErrors: { email: ['alreadyMember'] },
    });
    expect(toActionFailure(new ConflictError('answerConflict', { version: 3 }))).toEqual({ ok: false, formError: 'answerConflict', details: { version: 3 } });
    expect(toActionFailure(new NotFoundError('Project'))).toEqual({ ok: false, formError: 'notFound' });
    expect(toActionFailure(new AuthorizationError('forbidden'))).toEqual({ ok: false, formError: 'forbidden' });
  });

  it('logs anything unexpected and answers „unknown“', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(toActionFailure(new Error('database gone'), 'test/where')).toEqual({ ok: false, formError: 'unknown' });
    expect(log).toHaveBeenCalledWith('[test/where]', expect.objectContaining({ message: 'database gone' }));
  });

  it("rethrows Next's own interrupts (redirect, notFound)", () => {
    const interrupt = (fn: () => never) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
    };
    const redirecting = interrupt(() => redirect('/login'));
    expect(() => toActionFailure(redirecting)).toThrow(redirecting as Error);
    const missing = interrupt(() => notFound());
    expect(() => toActionFailure(missing)).toThrow(missing as Error);
  });
});

describe('toErrorResponse (route handlers)', () => {
  it('answers the code with its status from the one table', async () => {
    const cases: Array<[unknown, number, string]> = [
      [new DomainError('fileTooLarge', 'x', { file: ['fileTooLarge'] }), 413, 'fileTooLarge'],
      [new DomainError('fileTypeNotAllowed'), 415, 'fileTypeNotAllowed'],
      [new DomainError('projectLocked'), 409, 'projectLocked'],
      [new DomainError('standardInvalid'), 422, 'standardInvalid'],
      [new DomainError('rateLimited'), 429, 'rateLimited'],
      [new NotFoundError(), 404, 'notFound'],
      [new AuthorizationError('unauthenticated'), 401, 'unauthenticated'],
      [new AuthorizationError('forbidden'), 403, 'forbidden'],
      [z.string().safeParse(1).error, 422, 'invalid'],
    ];
    for (const [error, status, code] of cases) {
      const response = toErrorResponse(error);
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(await response.json()).toMatchObject({ ok: false, formError: code });
    }
  });

  it('answers 500 „unknown“ for a bug, with the details only in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = toErrorResponse(new Error('secret detail'), 'test/route');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret detail');
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers a database out of time 503 serverBusy and one out of reach 503 databaseUnavailable, each with Retry-After and one log line', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const busy = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' });
    const lockTimeout = Object.assign(new Error('Raw query failed'), { meta: { driverAdapterError: { cause: { kind: 'postgres', code: '55P03' } } } });
    const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const [error, code, retryAfter] of [
      [busy, 'serverBusy', '5'],
      [lockTimeout, 'serverBusy', '5'],
      [unreachable, 'databaseUnavailable', '60'],
    ] as const) {
      const response = toErrorResponse(error, 'test/route');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe(retryAfter);
      expect(await response.json()).toEqual({ ok: false, formError: code });
    }
    expect(log.mock.calls.map((call) => call[0])).toEqual([
      '[test/route] database busy: Transaction API error: Unable to start a transaction in the given time.',
      '[test/route] database busy: Raw query failed',
      '[test/route] database unavailable: connect ECONNREFUSED 127.0.0.1:5432',
    ]);
    // Another P2028 (not a matter of time) stays a bug.
    expect(toActionFailure(Object.assign(new Error('Transaction API error: Transaction not found.'), { code: 'P2028' }))).toEqual({ ok: false, formError: 'unknown' });
  });

  it('answers a transaction that could not start because the database is out of reach databaseUnavailable, not serverBusy', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cause = Object.assign(new Error('timeout exceeded when trying to connect'), {});
    const neverStarted = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028', cause });
    expect(toActionFailure(neverStarted)).toEqual({ ok: false, formError: 'databaseUnavailable' });
  });

  it('has a status for every code', () => {
    for (const status of Object.values(DOMAIN_ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});
