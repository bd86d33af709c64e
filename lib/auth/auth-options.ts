import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { recordSignOut } from '@/lib/auth/record-sign-out';
import { reportSessionActivity, SessionEndedError } from '@/lib/auth/report-session-activity';
import { isDatabaseUnavailable } from '@/lib/db/is-database-unavailable';
import { newSessionFields } from '@/lib/auth/session-claims';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-policy';
import { followLocalePreference } from '@/lib/i18n/follow-locale-preference';
import { signInSchema } from '@/lib/auth/sign-in-schema';
import { getEnv } from '@/lib/env';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';

let options: NextAuthOptions | undefined;
let unreadableSessionSeen = false;

/**
 * next-auth configuration: credentials (e-mail + password), JWT sessions of 8 hours. The
 * token carries the user id and the session's claims (ADR 022, lib/auth/session-claims.ts: its
 * id, the account's session version, the last activity); role, disabled state and the claims are
 * checked against the database on every request (lib/auth/current-user.ts). Errors reach the
 * sign-in form as codes (`invalid`, `disabled`, `unconfirmed`, `throttled:<seconds>`, and for
 * two-factor sign-in `code-required` / `code-invalid`: the form then asks for the code and sends
 * it with e-mail and password again, ADR 023), translated there.
 */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getEnv().AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    // A session cookie that cannot be read (expired, or from before a secret change) is a
    // signed-out visitor, answered by the guards with the sign-in form: a warning once per
    // process (a changed AUTH_SECRET stays visible), not an error per request.
    logger: {
      error(code, metadata) {
        // A session refused on its activity report (ended, idle too long) is no error.
        if (metadata instanceof SessionEndedError) return;
        if (code !== 'JWT_SESSION_ERROR') console.error(`[next-auth] ${code}`, metadata);
        else if (!unreadableSessionSeen) {
          unreadableSessionSeen = true;
          console.warn('[next-auth] JWT_SESSION_ERROR: a session cookie could not be read (expired, or signed with another AUTH_SECRET); further ones are not logged');
        }
      },
      warn(code) {
        console.warn(`[next-auth] ${code}`);
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: {
          email: { label: 'E-Mail', type: 'email' },
          password: { label: 'Passwort', type: 'password' },
          code: { label: 'Code', type: 'text' },
        },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid');
          // The client's address as scripts/serve.ts worked it out (lib/http/client-ip.ts), for the throttle.
          const clientIp = req.headers?.[CLIENT_IP_HEADER];
          const result = await authenticate({ ...parsed.data, clientIp: typeof clientIp === 'string' ? clientIp : undefined });
          if (result.ok) return result.user;
          throw new Error(result.reason === 'throttled' ? `throttled:${result.retryAfterSeconds}` : result.reason);
        },
      }),
    ],
    events: {
      // The JWT's subject is the user id (callbacks.jwt below). An error here is logged by
      // next-auth (SIGNOUT_ERROR) and the sign-out still happens.
      async signOut({ token }) {
        await recordSignOut({ userId: typeof token?.sub === 'string' ? token.sub : null, sessionId: typeof token?.sid === 'string' ? token.sid : null });
      },
    },
    callbacks: {
      async jwt({ token, user, trigger }) {
        if (user) {
          // Signing in: a new session, and the language the account prefers.
          await followLocalePreference(user.locale);
          return { ...token, sub: user.id, ...newSessionFields({ sessionVersion: user.sessionVersion ?? 0 }) };
        }
        // The browser's activity report (components/auth/idle-session-watcher.tsx). A throw here
        // ends the session (next-auth clears the cookie): right for an ended session, wrong for a
        // database that is away for a moment — the session stays, unrecorded (ADR 033).
        if (trigger === 'update') {
          try {
            return await reportSessionActivity({ token });
          } catch (error) {
            if (isDatabaseUnavailable(error)) return token;
            throw error;
          }
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return { ...session, sid: token.sid, sv: token.sv, la: token.la };
      },
    },
  };
  return options;
}
