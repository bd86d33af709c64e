/**
 * Production instances of the portal for the scale-out test (tests/scale): `scripts/serve.ts`
 * with one Next process each, on a port of their own, and a client that talks to them the way a
 * load balancer in front of them would pass a browser's requests on (its cookies, the public
 * host in `X-Forwarded-Host`, the browser's address in `X-Forwarded-For`).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export type PortalInstance = { name: string; url: string; stop(): Promise<void>; output(): string };

/** A port nothing listens on right now (the kernel's choice). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `scripts/serve.ts` (the production build in .next) and waits until /api/health answers 200. */
export async function startPortalInstance({ name, port, env }: { name: string; port: number; env: Record<string, string> }): Promise<PortalInstance> {
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/serve.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOSTNAME_BIND: '127.0.0.1', WEB_CONCURRENCY: '1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const instance: PortalInstance = {
    name,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} ended (${child.exitCode}):\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return instance;
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`${name} did not become healthy within 120 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * One browser behind the load balancer: a cookie jar, the public host and the browser's address.
 * Each request names the instance it goes to, as the balancer would choose.
 */
export class BrowserBehindBalancer {
  private cookies = new Map<string, string>();

  constructor(
    private readonly publicOrigin: string,
    private readonly clientIp: string,
  ) {}

  /** Another browser with a copy of this one's cookies (a stolen or kept cookie). */
  copy(): BrowserBehindBalancer {
    const copy = new BrowserBehindBalancer(this.publicOrigin, this.clientIp);
    copy.cookies = new Map(this.cookies);
    return copy;
  }

  async fetch(instance: PortalInstance, pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-host', new URL(this.publicOrigin).host);
    headers.set('x-forwarded-proto', new URL(this.publicOrigin).protocol.replace(':', ''));
    headers.set('x-forwarded-for', this.clientIp);
    if (init.method && init.method !== 'GET') headers.set('origin', this.publicOrigin);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(`${instance.url}${pathname}`, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      const [cookieName, value] = [pair!.slice(0, at).trim(), pair!.slice(at + 1)];
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === '') this.cookies.delete(cookieName);
      else this.cookies.set(cookieName, value);
    }
    return response;
  }

  /** next-auth's form post of the sign-in (components/auth/auth-requests.ts): null, or its error code (`invalid`, `throttled:<s>`, …). */
  async signIn(instance: PortalInstance, credentials: { email: string; password: string; code?: string }): Promise<string | null> {
    return this.postAuth(instance, '/api/auth/callback/credentials', credentials);
  }

  async signOut(instance: PortalInstance): Promise<void> {
    await this.postAuth(instance, '/api/auth/signout', {});
  }

  /** Who /api/me says is signed in (role), or null. */
  async whoAmI(instance: PortalInstance): Promise<string | null> {
    const body = (await (await this.fetch(instance, '/api/me')).json()) as { user: { role: string } | null };
    return body.user?.role ?? null;
  }

  private async postAuth(instance: PortalInstance, pathname: string, fields: Record<string, string>): Promise<string | null> {
    const { csrfToken } = (await (await this.fetch(instance, '/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await this.fetch(instance, pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
    });
    const body = (await response.json().catch(() => ({}))) as { url?: string };
    const error = body.url ? new URL(body.url, this.publicOrigin).searchParams.get('error') : 'unknown';
    return response.ok && !error ? null : (error ?? 'unknown');
  }
}
