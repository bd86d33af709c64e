import { describe, expect, it } from 'vitest';

process.env.PORTAL_EMBEDDED = '0';

describe('/dev/mail on a database server', () => {
  it('is not found (404) before reading anything', async () => {
    const { default: DevMailPage } = await import('@/app/[locale]/(site)/dev/mail/page');
    const error = await DevMailPage().catch((e: unknown) => e);
    expect((error as { digest?: string }).digest).toBe('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
