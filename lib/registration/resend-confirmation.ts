import { JOBS, getJobQueue } from '@/lib/jobs/job-queue';
import { consumeMailLimits } from '@/lib/rate-limit/consume-mail-limits';
import { normaliseEmail } from '@/lib/users/normalise-email';
import { resendConfirmationSchema } from '@/lib/registration/resend-confirmation-schema';
import { sendConfirmationResend, type ConfirmationResendRequest } from '@/lib/registration/send-confirmation-resend';

/**
 * „Neuen Link anfordern“ (/register/resend): a new confirmation link for an unconfirmed, enabled,
 * unexpired account. The request path does the same for every address — parse, the limits per
 * address and per client (`clientIp`), and one `confirmation-resend` job on the queue — so
 * neither the answer nor its timing tells whether an account exists (ADR 024); the job looks the
 * address up and stores the mail (lib/registration/send-confirmation-resend.ts). Where no job
 * queue runs in this process (scripts, tests) the work is done here instead, and the mail still
 * waits for the outbox.
 */
export async function resendConfirmation({
  input,
  baseUrl,
  clientIp,
  now = new Date(),
}: {
  input: unknown;
  baseUrl: string;
  /** The client's address (lib/http/request-client-ip.ts) for the per-client limit; none: not limited per client. */
  clientIp?: string;
  now?: Date;
}): Promise<{ email: string }> {
  const email = normaliseEmail(resendConfirmationSchema.parse(input).email);
  await consumeMailLimits({ action: 'resend', address: email, clientIp, now });
  const request: ConfirmationResendRequest = { email, baseUrl, requestedAt: now.toISOString() };
  const queue = getJobQueue();
  if (queue) await queue.send(JOBS.confirmationResend, request);
  else await sendConfirmationResend(request);
  return { email };
}
