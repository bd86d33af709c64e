/**
 * The self-assessment export at 2,000 projects (the benchmark generator: ~2,650 submitted
 * revisions with 22 answers of realistic length each): the file streams — the first bytes leave
 * after the first batch of revisions, a reader that stops reading stops the database reads
 * (backpressure), and the statements per export grow with the batches, never with the rows.
 * Prints time, size and peak RSS (ADR 028 quotes them).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { PrismaPg } from '@prisma/adapter-pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { seed } from '@/prisma/seed/seed';
import { generateDataset } from '@/scripts/bench/generate-dataset';
import { actorFor } from '@/tests/support/factories';

const statements: string[] = [];
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 4 }),
  log: [{ emit: 'event', level: 'query' }],
});
client.$on('query', (event) => statements.push(event.query));
(globalThis as { portalDb?: unknown }).portalDb = client;

const { exportAssessments } = await import('@/lib/export/export-assessments');
const { EXPORT_BATCH } = await import('@/lib/export/query-export-revisions');

const PROJECTS = 2000;

// A full garbage collection on demand, to tell memory the export holds on to from garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** Memory in use after a full collection: the JS heap and the buffers outside it. */
const retained = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
let officer: Awaited<ReturnType<typeof actorFor>>;
let revisions = 0;

/** Revision batches read so far (each is one statement that aggregates the statuses). */
const revisionReads = () => statements.filter((query) => query.includes('json_object_agg')).length;
const answerReads = () => statements.filter((query) => query.includes('"standardText"')).length;

beforeAll(async () => {
  await seed({ demo: true });
  await generateDataset(process.env.DATABASE_URL!, { projects: PROJECTS, organisations: 500, demoProjects: 50, demoDrafts: 10, officers: 20, auditEvents: 0 });
  officer = await actorFor('pruefung@demo.example');
  revisions = await client.revision.count({ where: { status: 'SUBMITTED' } });
}, 300_000);

/**
 * Reads a stream to its end and measures it: time to the first chunk and to the end, bytes, how
 * many revision batches had been read when the first chunk arrived, and the peak RSS while it ran.
 */
async function drain(body: ReadableStream<Uint8Array>, keep = false) {
  const started = performance.now();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const reader = body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let firstChunkAfter = 0;
  let readsAtFirstChunk = -1;
  // Retained memory every 2 MB of output, from the first chunk on.
  const samples: number[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (readsAtFirstChunk < 0) {
      firstChunkAfter = performance.now() - started;
      readsAtFirstChunk = revisionReads();
    }
    if (samples.length === 0 || Math.floor((bytes + value.byteLength) / 2_000_000) > Math.floor(bytes / 2_000_000)) samples.push(retained());
    bytes += value.byteLength;
    if (keep) chunks.push(new Uint8Array(value));
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const retainedGrowth = Math.max(...samples) - samples[0]!;
  return { ms: performance.now() - started, firstChunkAfter, bytes, readsAtFirstChunk, peakRss: peak, rssGrowth: peak - baseline, retainedGrowth, chunks };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

describe(`export of ${PROJECTS} projects`, () => {
  it('CSV: streams batch by batch, one statement per batch of revisions', async () => {
    statements.length = 0;
    const { body } = await exportAssessments({ actor: officer, query: { format: 'csv' } });
    const result = await drain(body);
    const batches = Math.ceil(revisions / EXPORT_BATCH);
    expect(revisions).toBeGreaterThan(PROJECTS);
    expect(result.readsAtFirstChunk).toBeLessThanOrEqual(1);
    expect(revisionReads()).toBe(batches + (revisions % EXPORT_BATCH === 0 ? 1 : 0));
    console.log(`[exports-scale] CSV overview: ${revisions} revisions, ${mb(result.bytes)}, first bytes after ${result.firstChunkAfter.toFixed(0)} ms, all after ${result.ms.toFixed(0)} ms, peak RSS ${mb(result.peakRss)} (+${mb(result.rssGrowth)}), retained after GC at most +${mb(result.retainedGrowth)}`);
  }, 120_000);

  it('XLSX: the first bytes leave before the rows are read, and a reader that pauses pauses the reads', async () => {
    // A reader that takes one chunk and then waits: the writer must stop at the buffer's limit.
    statements.length = 0;
    const paused = await exportAssessments({ actor: officer, query: { format: 'xlsx' } });
    const reader = paused.body.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const readsWhilePaused = revisionReads() + answerReads();
    await reader.cancel();
    const batches = Math.ceil(revisions / EXPORT_BATCH);
    expect(readsWhilePaused).toBeLessThan(batches);

    statements.length = 0;
    const { body } = await exportAssessments({ actor: officer, query: { format: 'xlsx' } });
    const result = await drain(body);
    expect(result.readsAtFirstChunk).toBeLessThan(batches);
    // Both sheets read the revisions batch by batch; the answers sheet adds one statement per batch.
    expect(revisionReads()).toBeLessThanOrEqual(2 * (batches + 1));
    expect(answerReads()).toBe(batches);
    // Bounded: what the export holds on to while it streams stays at about one batch (the answers
    // of 200 revisions), not the file (19 MB compressed, far more as XML).
    expect(result.retainedGrowth).toBeLessThan(40 * 1024 * 1024);
    console.log(
      `[exports-scale] XLSX (both sheets): ${revisions} revisions, ${mb(result.bytes)}, first bytes after ${result.firstChunkAfter.toFixed(0)} ms, all after ${result.ms.toFixed(0)} ms, peak RSS ${mb(result.peakRss)} (+${mb(result.rssGrowth)}), retained after GC at most +${mb(result.retainedGrowth)}; paused reader: ${readsWhilePaused} of ${2 * batches} reads`,
    );

    // The file itself, read back whole (kept in memory only here, after the measurement).
    const kept = await drain((await exportAssessments({ actor: officer, query: { format: 'xlsx' } })).body, true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await new Blob(kept.chunks).arrayBuffer());
    expect(book.getWorksheet('Übersicht')!.rowCount).toBe(1 + revisions);
    expect(book.getWorksheet('Angaben')!.rowCount).toBe(1 + (await client.answer.count({ where: { revision: { status: 'SUBMITTED' } } })));
  }, 600_000);
});
