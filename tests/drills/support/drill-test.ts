/**
 * The drills' portal (ADR 033): one production server per Playwright worker, as `npm start` runs
 * it (scripts/serve.ts, one Next process per core), whose database connection goes through a TCP
 * proxy in this process (tests/support/tcp-proxy.ts) — the drills "restart" the database by
 * dropping it — with mail through a test SMTP server (so the job queue's work is visible) and
 * the evidence storage scripts/drill.ts prepared (a tmpfs where `mount` is allowed). Everything
 * else (factories, sign-in, axe, CSP) is the browser tests' (tests/e2e/support/).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, ROOT } from '@/scripts/lib/run';
import { startSmtpTestServer } from '@/tests/support/smtp-test-server';
import { startTcpProxy, type TcpProxy } from '@/tests/support/tcp-proxy';
import { E2E } from '@/tests/e2e/support/e2e-env';
import { test as base, expect } from '@/tests/e2e/support/fixtures';

export type DrillPortal = {
  baseUrl: string;
  proxy: TcpProxy;
  storageDir: string;
  /** The storage is a small tmpfs of its own (a real full disk is possible). */
  tmpfs: boolean;
  /** Mails the portal sent (through its job queue). */
  mails: string[];
  /** What the server printed so far (kept in test-results/drill-portal-<worker>.log). */
  output(): string;
};

export const DRILL = {
  proxyPort: Number(process.env.DRILL_PROXY_PORT ?? 55432),
  storageDir: process.env.DRILL_STORAGE_DIR ?? '',
  tmpfs: process.env.DRILL_TMPFS === '1',
};

async function waitForHealth(baseUrl: string, server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the drill portal ended (${server.exitCode})`);
    const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the drill portal did not become healthy');
}

export const test = base.extend<object, { portal: DrillPortal }>({
  portal: [
    async ({}, provide, workerInfo) => {
      if (!DRILL.storageDir || !process.env.E2E_APP_DATABASE_URL) throw new Error('Run the drills with `npm run drill` (scripts/drill.ts).');
      const app = new URL(process.env.E2E_APP_DATABASE_URL);
      const proxy = await startTcpProxy({ port: DRILL.proxyPort, targetHost: app.hostname, targetPort: Number(app.port || 5432) });
      const smtp = await startSmtpTestServer();
      app.hostname = '127.0.0.1';
      app.port = String(DRILL.proxyPort);
      const lines: string[] = [];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...E2E.serverEnv,
        DATABASE_URL: app.toString(),
        HOSTNAME_BIND: '127.0.0.1',
        NODE_ENV: 'production',
        STORAGE_DIR: DRILL.storageDir,
        SMTP_URL: smtp.url,
      };
      delete env.MIGRATION_DATABASE_URL;
      const server = spawn(bin('tsx'), ['scripts/serve.ts'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
      for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
      try {
        await waitForHealth(E2E.baseUrl, server);
        await provide({ baseUrl: E2E.baseUrl, proxy, storageDir: DRILL.storageDir, tmpfs: DRILL.tmpfs, mails: smtp.received, output: () => lines.join('') });
      } finally {
        // One file per worker: after a failed drill Playwright starts a new worker (and portal) for
        // the next one, whose log must not replace the failed one's.
        writeFileSync(path.join(ROOT, 'test-results', `drill-portal-${workerInfo.workerIndex}.log`), lines.join(''));
        // The server's process group (serve.ts and its Next processes), by the id this fixture started.
        if (server.exitCode === null && server.pid) process.kill(-server.pid, 'SIGTERM');
        await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
        await proxy.close();
        await smtp.close();
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect };
