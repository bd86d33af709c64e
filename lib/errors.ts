/**
 * Typed domain errors. Domain functions throw them; actions and route handlers map them to a
 * status (404, 409, 422) or to field messages in the user's language. `code` is an i18n key in
 * the `errors.domain` namespace (lib/i18n/messages/<locale>/errors.json).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string = code,
    /** Field name → i18n keys, for messages next to the fields. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The row does not exist or the actor may not see it: both answer 404, never data. */
export class NotFoundError extends DomainError {
  constructor(what = 'resource') {
    super('notFound', `${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** A concurrent change won (optimistic concurrency, state machine races). */
export class ConflictError<T = unknown> extends DomainError {
  constructor(
    code = 'conflict',
    readonly current?: T,
  ) {
    super(code, code);
    this.name = 'ConflictError';
  }
}
