import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { misdirectedResponse, sameOriginTarget } from '@/lib/auth/canonical-origin';

const ORIGIN = 'https://portal.example.org';

describe('the canonical-host redirect (scripts/serve.ts, before Next)', () => {
  beforeEach(() => {
    process.env.NEXTAUTH_URL = ORIGIN;
  });
  afterEach(() => {
    delete process.env.NEXTAUTH_URL;
  });

  it('sends a page asked for under another host name to the same path and query at NEXTAUTH_URL', () => {
    const answer = misdirectedResponse({ url: '/login?callbackUrl=%2Forganisation', headers: { host: '10.0.0.5:3000' } });
    expect(answer?.status).toBe(421);
    expect(answer?.headers.Refresh).toBe(`0; url=${ORIGIN}/login?callbackUrl=%2Forganisation`);
    expect(misdirectedResponse({ url: '/login', headers: { host: 'portal.example.org' } })).toBeNull();
    expect(misdirectedResponse({ url: '/api/health', headers: { host: '10.0.0.5:3000' } })).toBeNull();
  });

  it('never sends anyone to another host, whatever the raw path says', () => {
    for (const path of ['//evil.example/login', '/\\evil.example/x', '///evil.example', '\\\\evil.example/x', '/%2F%2Fevil.example', 'https://evil.example/x']) {
      const target = new URL(sameOriginTarget(path, ORIGIN));
      expect(target.origin, path).toBe(ORIGIN);
      const answer = misdirectedResponse({ url: path, headers: { host: '10.0.0.5:3000' } });
      if (answer) {
        expect(new URL(answer.headers.Refresh!.replace(/^0; url=/, '')).origin, path).toBe(ORIGIN);
        expect(answer.body, path).not.toMatch(/href="(https?:)?\/\/evil/);
      }
    }
    expect(sameOriginTarget('//evil.example/login?x=1', ORIGIN)).toBe(`${ORIGIN}/evil.example/login?x=1`);
  });
});
