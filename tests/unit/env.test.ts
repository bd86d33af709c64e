import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

const valid = { DATABASE_URL: 'postgresql://u@localhost:5432/db', AUTH_SECRET: 'x'.repeat(32), NEXTAUTH_URL: 'https://portal.example' };

describe('parseEnv', () => {
  it('accepts a complete environment and applies defaults', () => {
    const env = parseEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.PORTAL_EMBEDDED).toBe('0');
  });

  it('names every problem in one readable message', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', PORT: 'abc' })).toThrowError(
      /DATABASE_URL: DATABASE_URL muss eine PostgreSQL-URL sein[\s\S]*AUTH_SECRET: AUTH_SECRET muss mindestens 32 Zeichen[\s\S]*PORT/,
    );
    expect(() => parseEnv({})).toThrowError(/DATABASE_URL fehlt[\s\S]*AUTH_SECRET fehlt/);
  });

  it('reads PORT from the environment', () => {
    expect(parseEnv({ ...valid, PORT: '3100' }).PORT).toBe(3100);
  });

  it('on a server demands the https address of the portal, unless ALLOW_HTTP=1 (a lab) or the embedded mode', () => {
    const { NEXTAUTH_URL: _url, ...withoutUrl } = valid;
    expect(() => parseEnv(withoutUrl)).toThrowError(/NEXTAUTH_URL: NEXTAUTH_URL fehlt/);
    expect(() => parseEnv({ ...valid, NEXTAUTH_URL: 'http://portal.example' })).toThrowError(/NEXTAUTH_URL muss mit https:\/\/ beginnen/);
    expect(parseEnv({ ...valid, NEXTAUTH_URL: 'http://portal.example', ALLOW_HTTP: '1' }).NEXTAUTH_URL).toBe('http://portal.example');
    expect(parseEnv({ ...withoutUrl, ALLOW_HTTP: '1' }).NEXTAUTH_URL).toBeUndefined();
    expect(parseEnv({ ...withoutUrl, PORTAL_EMBEDDED: '1' }).PORTAL_EMBEDDED).toBe('1');
    expect(() => parseEnv({ ...valid, ALLOW_HTTP: 'yes' })).toThrowError(/ALLOW_HTTP ist 1/);
  });

  it('accepts CLAMD_SOCKET as a unix socket path or tcp://host:port, and names anything else', () => {
    expect(parseEnv(valid).CLAMD_SOCKET).toBeUndefined();
    for (const socket of ['/run/clamav/clamd.ctl', 'tcp://127.0.0.1:3310', 'tcp://clamav.internal:3310', 'tcp://[::1]:3310']) {
      expect(parseEnv({ ...valid, CLAMD_SOCKET: socket }).CLAMD_SOCKET).toBe(socket);
    }
    for (const socket of ['clamd.ctl', 'tcp://host', 'tcp://host:0', 'tcp://host:70000', 'http://host:3310', 'tcp://host:3310/x']) {
      expect(() => parseEnv({ ...valid, CLAMD_SOCKET: socket }), socket).toThrowError(/CLAMD_SOCKET/);
    }
  });
});
