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

  it('checks the S3 storage settings at start: a bucket with STORAGE_DRIVER=s3, both keys or neither', () => {
    expect(parseEnv(valid)).toMatchObject({ STORAGE_DRIVER: 'local', STORAGE_DIR: 'data/uploads', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: '0' });
    const s3 = { ...valid, STORAGE_DRIVER: 's3', S3_BUCKET: 'portal-nachweise', S3_ENDPOINT: 'https://s3.example.org', S3_FORCE_PATH_STYLE: '1' };
    expect(parseEnv(s3)).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'portal-nachweise', S3_FORCE_PATH_STYLE: '1' });
    expect(parseEnv({ ...s3, S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }).S3_ACCESS_KEY_ID).toBe('id');
    const { S3_BUCKET: _bucket, ...withoutBucket } = s3;
    expect(() => parseEnv(withoutBucket)).toThrowError(/S3_BUCKET: S3_BUCKET fehlt/);
    expect(() => parseEnv({ ...s3, S3_ACCESS_KEY_ID: 'id' })).toThrowError(/S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY nur zusammen/);
    expect(() => parseEnv({ ...s3, S3_BUCKET: 'Mein_Bucket' })).toThrowError(/S3_BUCKET muss ein Bucket-Name sein/);
    expect(() => parseEnv({ ...s3, STORAGE_DRIVER: 'ftp' })).toThrowError(/STORAGE_DRIVER ist local/);
  });
});
