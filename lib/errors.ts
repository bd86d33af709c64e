/**
 * Typed domain errors. Domain functions throw them; Server Actions turn them into an
 * `ActionFailure` (lib/forms/action-failure.ts, `toActionFailure`) and route handlers into a JSON
 * response with the status below (`toErrorResponse`). A `code` is also an i18n key: forms look
 * it up in their own namespace (`<namespace>.errors.<code>`, for a message that fits the form)
 * and otherwise in the shared `errors.domain.<code>` (lib/i18n/messages/<locale>/errors.json).
 */

/** Every code a domain function, guard or request parser can refuse with, and its HTTP status. */
export const DOMAIN_ERROR_STATUS = {
  // The request itself
  invalid: 422,
  invalidRequest: 400,
  notMultipart: 415,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  rateLimited: 429,
  // Sign-in (lib/auth/authenticate.ts)
  disabled: 403,
  unconfirmed: 403,
  throttled: 429,
  // Two-factor sign-in (lib/two-factor/)
  twoFactorSetupRequired: 403,
  twoFactorRequired: 409,
  twoFactorAlreadyEnabled: 409,
  twoFactorNotEnabled: 409,
  codeInvalid: 422,
  confirmationInvalid: 422,
  // State: something changed or is locked
  conflict: 409,
  projectLocked: 409,
  transitionRefused: 409,
  answerConflict: 409,
  projectChanged: 409,
  companyChanged: 409,
  organisationChanged: 409,
  legalTextChanged: 409,
  incomplete: 422,
  // Accounts and organisations
  noOrganisation: 422,
  alreadyMember: 422,
  emailTaken: 409,
  invitationUnknown: 422,
  invitationUsed: 422,
  invitationExpired: 422,
  invitationEmailMismatch: 422,
  // Administration of users and organisations (lib/users/, lib/organisations/)
  invitationRevoked: 422,
  ownAccount: 409,
  lastAdmin: 409,
  roleChangeRefused: 422,
  userDisabled: 409,
  lastMember: 409,
  sameOrganisation: 422,
  resetLinkUnknown: 422,
  resetLinkUsed: 422,
  resetLinkExpired: 422,
  // „Mein Konto“ (lib/users/change-own-*.ts, request-email-change.ts, confirm-email-change.ts)
  wrongPassword: 422,
  emailUnchanged: 422,
  emailChangeLinkUnknown: 422,
  emailChangeLinkUsed: 422,
  emailChangeLinkExpired: 422,
  // Data protection (lib/privacy/)
  eraseSelf: 409,
  eraseLastAdmin: 409,
  alreadyErased: 409,
  confirmationMismatch: 422,
  // Review (lib/review/)
  notAssignee: 409,
  proposalOpen: 409,
  ownProposal: 409,
  noProposal: 409,
  decisionTaken: 409,
  verdictRequired: 422,
  commentRetracted: 409,
  commentEditExpired: 409,
  // Catalogue and evidence
  noPublishedCatalogue: 422,
  catalogueCurrent: 409,
  // The catalogue editor (lib/catalogue/)
  catalogueDraftExists: 409,
  catalogueNotDraft: 409,
  catalogueChanged: 409,
  catalogueUnchanged: 422,
  fileEmpty: 422,
  fileTooLarge: 413,
  fileTypeNotAllowed: 415,
  kindMismatch: 422,
  targetRequired: 422,
  standardInvalid: 422,
  // Upload checks and quota (ADR 025)
  officeMacros: 422,
  pdfActiveContent: 422,
  pdfUncheckable: 422,
  virusFound: 422,
  virusScanUnavailable: 503,
  quotaExceeded: 409,
  // Outages (ADR 033): the database unreachable, the evidence storage full or not writable.
  databaseUnavailable: 503,
  // Load (ADR 033): no connection, lock or transaction time within the limits; nothing was saved.
  serverBusy: 503,
  storageFull: 507,
  storageUnavailable: 503,
  // Anything unexpected (a bug, the database gone): logged, never shown in detail.
  unknown: 500,
} as const satisfies Record<string, number>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

/** Field name → i18n keys, for messages next to the fields. */
export type FieldErrors = Record<string, string[]>;

export class DomainError<D = unknown> extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string = code,
    readonly fieldErrors: FieldErrors = {},
    /** Data the form needs to explain the refusal (the stored answer of a conflict, the missing answers). */
    readonly details?: D,
    /** Values for the message (a quota's limit and use): sent as the failure's `values`. */
    readonly values?: Record<string, string | number>,
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

/** A concurrent change won (optimistic concurrency, state machine races); `details` is the current state. */
export class ConflictError<D = unknown> extends DomainError<D> {
  constructor(code: DomainErrorCode = 'conflict', current?: D) {
    super(code, code, {}, current);
    this.name = 'ConflictError';
  }

  get current(): D | undefined {
    return this.details;
  }
}

/** Not signed in, or signed in without the permission (guards outside a page, domain functions). */
export class AuthorizationError extends DomainError {
  constructor(readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason, reason === 'unauthenticated' ? 'Not signed in' : 'Forbidden');
    this.name = 'AuthorizationError';
  }
}

export function httpStatusOf(code: DomainErrorCode): number {
  return DOMAIN_ERROR_STATUS[code];
}
