import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, frontDoorRefusal } from '@/lib/http/front-door-refusal';

const post = (headers: Record<string, string>, url = '/projects/new') => ({ method: 'POST', url, headers });

describe('frontDoorRefusal (requests Next would answer with a 500)', () => {
  it('answers a Server Action body over 1 MB with 413 and a message in the visitor’s language', () => {
    const big = String(ACTION_BODY_LIMIT_BYTES + 1);
    const german = frontDoorRefusal(post({ 'next-action': 'abc', 'content-length': big }));
    expect(german).toMatchObject({ status: 413 });
    expect(german!.body).toContain('Es wurde nichts gespeichert');
    const english = frontDoorRefusal(post({ 'next-action': 'abc', 'content-length': big, cookie: 'a=b; NEXT_LOCALE=en' }));
    expect(english!.body).toContain('Nothing was saved');
  });

  it('lets action bodies up to the limit, uploads to route handlers and other requests through', () => {
    expect(frontDoorRefusal(post({ 'next-action': 'abc', 'content-length': String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(frontDoorRefusal(post({ 'content-length': String(20 * 1024 * 1024) }, '/api/projects/p/evidence'))).toBeNull();
    expect(frontDoorRefusal({ method: 'GET', url: '/projects?q=%E0%A4%A', headers: {} })).toBeNull();
  });

  it('answers a path with a malformed percent-escape with 400', () => {
    expect(frontDoorRefusal({ method: 'GET', url: '/projects/%E0%A4%A', headers: {} })).toMatchObject({ status: 400 });
    expect(frontDoorRefusal({ method: 'GET', url: '/projects/%zz', headers: {} })).toMatchObject({ status: 400 });
    expect(frontDoorRefusal({ method: 'GET', url: '/projects/%C3%A4', headers: {} })).toBeNull();
  });
});
