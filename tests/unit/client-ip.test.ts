import { describe, expect, it } from 'vitest';
import { isLoopback, normaliseIp, parseTrustedProxies, resolveClientIp } from '@/lib/http/client-ip';

describe('resolveClientIp', () => {
  const trustedProxies = parseTrustedProxies('10.0.0.1, loopback');

  it('takes the socket peer when it is no trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(resolveClientIp({ remoteAddress: '203.0.113.9', forwardedFor: '198.51.100.1', trustedProxies })).toBe('203.0.113.9');
  });

  it('behind a trusted proxy takes the right-most untrusted X-Forwarded-For entry', () => {
    expect(resolveClientIp({ remoteAddress: '::ffff:10.0.0.1', forwardedFor: '1.2.3.4, 198.51.100.7', trustedProxies })).toBe('198.51.100.7');
    expect(resolveClientIp({ remoteAddress: '10.0.0.1', forwardedFor: ['1.2.3.4', '198.51.100.7, 127.0.0.1'], trustedProxies })).toBe('198.51.100.7');
  });

  it('a trusted proxy without X-Forwarded-For is the client', () => {
    expect(resolveClientIp({ remoteAddress: '10.0.0.1', forwardedFor: undefined, trustedProxies })).toBe('10.0.0.1');
  });

  it('normalises mapped IPv4 and IPv6 and knows loopback', () => {
    expect(normaliseIp('::FFFF:127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseIp('[FE80::1%eth0]')).toBe('fe80::1');
    expect(isLoopback('127.0.0.5')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('192.168.1.1')).toBe(false);
    expect(resolveClientIp({ remoteAddress: undefined, forwardedFor: undefined, trustedProxies: new Set() })).toBe('unknown');
  });
});
