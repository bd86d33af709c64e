import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Messages } from '@/lib/i18n/messages';

/**
 * Hands the client components inside it the message namespaces they use — and only those, so
 * a page's RSC payload carries a few kB of messages instead of the whole catalogue. Every form
 * also gets the shared `errors.domain` (components/ui/use-error-text.ts). Pages whose client
 * components translate wrap them in it; the root layout has none, so public pages load no
 * message-formatting code.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: React.ReactNode }) {
  const messages = (await getMessages()) as Messages;
  const picked: Partial<Messages> = { errors: messages.errors };
  for (const namespace of namespaces) Object.assign(picked, { [namespace]: messages[namespace] });
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
