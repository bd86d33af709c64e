import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null };
    /** The session's id, the account's session version and the last activity (ms): lib/auth/session-claims.ts. */
    sid?: string;
    sv?: number;
    la?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sid?: string;
    sv?: number;
    la?: number;
  }
}

declare module 'next-auth' {
  /** What authorize() returns (lib/auth/authenticate.ts): the session version goes into the new token. */
  interface User {
    sessionVersion?: number;
    locale?: string | null;
  }
}
