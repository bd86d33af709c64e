/**
 * An upload while the database is unreachable (ADR 033): the database connection of this file
 * goes through a TCP proxy (tests/support/tcp-proxy.ts) that drops every connection. The file is
 * checked and stored, the transaction cannot begin — so the stored object is removed at once
 * (no row can reference it), and the action's failure is `databaseUnavailable`.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScopeActor } from '@/lib/auth/scope';
import { addFileEvidence } from '@/lib/evidence/add-file-evidence';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { createLocalFileStorage } from '@/lib/storage/local-file-storage';
import { seed } from '@/prisma/seed/seed';
import { minimalPdf, storedObjects } from '@/tests/support/evidence-files';
import { createTestProject, demoActors } from '@/tests/support/factories';
import { startTcpProxy, type TcpProxy } from '@/tests/support/tcp-proxy';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Before lib/db's first use: its connection goes through the proxy.
const target = new URL(process.env.DATABASE_URL!);
const proxy: TcpProxy = await startTcpProxy({ port: await freePort(), targetHost: target.hostname, targetPort: Number(target.port || 5432) });
const proxied = new URL(target);
proxied.hostname = '127.0.0.1';
proxied.port = String(proxy.port);
process.env.DATABASE_URL = proxied.toString();

const storageDir = mkdtempSync(path.join(tmpdir(), 'portal-evidence-outage-'));
const storage = createLocalFileStorage({ directory: storageDir });
let applicant: ScopeActor;
let projectId: string;

beforeAll(async () => {
  await seed({ demo: true });
  ({ applicant } = await demoActors());
  ({ id: projectId } = await createTestProject({ actor: applicant }));
});

afterAll(async () => {
  await proxy.close();
});

it('an upload whose transaction cannot begin leaves no file behind and answers databaseUnavailable', async () => {
  await proxy.down();
  const failure = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: 'Im Ausfall', fileName: 'ausfall.pdf', bytes: minimalPdf('Ausfall'), storage, virusScan: null }).catch(
    (error: unknown) => error,
  );
  expect(toActionFailure(failure)).toEqual({ ok: false, formError: 'databaseUnavailable' });
  expect(storedObjects(storageDir)).toEqual([]);

  // Back: the same upload is stored with its row.
  await proxy.up();
  const item = await addFileEvidence({ actor: applicant, projectId, standardKey: 'std-01', title: 'Danach', fileName: 'danach.pdf', bytes: minimalPdf('Danach'), storage, virusScan: null });
  expect(item.latest.fileName).toBe('danach.pdf');
  expect(storedObjects(storageDir)).toHaveLength(1);
});
