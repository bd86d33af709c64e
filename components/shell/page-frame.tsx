import { SiteHeader } from '@/components/shell/site-header';
import { SessionProvider, type SessionUser } from '@/components/shell/session-context';

/**
 * Header and main region of a route group's pages. `user`: the signed-in user a page rendered
 * per request already knows (null: anonymous); left out on cached pages, whose header asks the
 * browser's session instead.
 */
export function PageFrame({
  user,
  setLocale,
  children,
}: {
  user?: SessionUser | null;
  setLocale: (formData: FormData) => Promise<void>;
  children: React.ReactNode;
}) {
  return (
    <SessionProvider initialUser={user}>
      <SiteHeader setLocale={setLocale} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </SessionProvider>
  );
}
