/** Thrown by guards outside of a request that can redirect (scripts, domain functions). */
export class AuthorizationError extends Error {
  constructor(
    readonly reason: 'unauthenticated' | 'forbidden',
    message = reason === 'unauthenticated' ? 'Nicht angemeldet.' : 'Keine Berechtigung.',
  ) {
    super(message);
    this.name = 'AuthorizationError';
  }
}
