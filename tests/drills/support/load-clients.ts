/**
 * The load drill's clients (tests/drills/load.spec.ts): plain HTTP as a browser sends it.
 * Applicants autosave answers through the real Server Action (`next-action`, as
 * scripts/bench/http.ts does) and upload evidence through the upload route; readers load pages.
 * Every request is timed and judged; what the server acknowledged is recorded for the
 * comparison with the database afterwards.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { AnswerDraft } from '@/lib/assessments/answer-fields';
import { minimalPdf } from '@/tests/support/evidence-files';

export type Applicant = { index: number; projectId: string; cookie: string };
export type Sample = { kind: 'autosave' | 'upload' | 'page'; ms: number; status: number | 'network' };
/** The last answer the server acknowledged per standard, and how many saves it acknowledged. */
export type AckedAnswers = Map<string, { answer: AnswerDraft; saves: number; version: number }>;
export type AckedUpload = { projectId: string; evidenceId: string; versionId: string; sha256: string; size: number };

const STATUSES = ['OPEN', 'FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED', 'NOT_APPLICABLE'] as const;
export const STANDARD_KEYS = Array.from({ length: 22 }, (_, i) => `std-${String(i + 1).padStart(2, '0')}`);
/**
 * A browser waits long for an answer; so do the clients. A request cut off by the client would
 * leave it not knowing whether its save counted (the next one would then meet a conflict).
 */
const REQUEST_TIMEOUT_MS = 120_000;

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const pause = (min: number, max: number) => new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));

async function timed(samples: Sample[], kind: Sample['kind'], request: () => Promise<Response>): Promise<{ response: Response | null; body: string }> {
  const started = performance.now();
  try {
    const response = await request();
    const body = await response.text();
    samples.push({ kind, ms: performance.now() - started, status: response.status });
    return { response, body };
  } catch {
    samples.push({ kind, ms: performance.now() - started, status: 'network' });
    return { response: null, body: '' };
  }
}

/** A different answer each time: every field changes (a counter makes each text unique). */
function nextAnswer(tag: string): AnswerDraft {
  const planned = Math.random() < 0.5;
  return {
    status: pick(STATUSES),
    implementation: `${tag}: Umsetzung ${randomUUID()} – ${'Text '.repeat(Math.floor(Math.random() * 40))}`,
    plannedMeasures: planned ? `${tag}: Maßnahmen ${randomUUID().slice(0, 8)}` : '',
    targetDate: planned ? `2027-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-15` : null,
    partners: Math.random() < 0.7 ? `${tag}: IHK, Agentur für Arbeit` : '',
  };
}

/** The Server Action's result from its RSC answer (the row `1:{…}`). */
function actionResult(body: string): { ok: boolean; data?: { version: number }; formError?: string } | null {
  const row = body.split('\n').find((line) => line.startsWith('1:'));
  try {
    return row ? JSON.parse(row.slice(2)) : null;
  } catch {
    return null;
  }
}

/**
 * One applicant until `until`: autosaves a random standard with a new answer on the version it
 * last had acknowledged (as the browser's autosaver does, one save at a time), a pause, again.
 * With `uploads`, every third step uploads a new PDF instead (a new evidence or a new version).
 */
export async function runApplicant(options: {
  base: string;
  applicant: Applicant;
  actionId: string;
  until: number;
  uploads: boolean;
  samples: Sample[];
  acked: AckedAnswers;
  uploaded: AckedUpload[];
  refusals: string[];
}): Promise<void> {
  const { base, applicant, actionId, until, samples, acked, uploaded, refusals } = options;
  const versions = new Map<string, number>();
  for (let step = 0; Date.now() < until; step++) {
    if (options.uploads && step % 3 === 2) {
      const earlier = uploaded.filter((upload) => upload.projectId === applicant.projectId);
      const bytes = minimalPdf(`Nachweis ${applicant.index}-${step}-${randomUUID()}`);
      const form = new FormData();
      form.set('kind', 'FILE');
      if (earlier.length > 0 && Math.random() < 0.4) form.set('evidenceId', pick(earlier).evidenceId);
      else {
        form.set('standardKey', pick(STANDARD_KEYS));
        form.set('title', `Nachweis ${step}`);
      }
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `nachweis-${step}.pdf`);
      const { response, body } = await timed(samples, 'upload', () =>
        fetch(`${base}/api/projects/${applicant.projectId}/evidence`, { method: 'POST', headers: { cookie: applicant.cookie, origin: base }, body: form, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
      );
      if (response?.status === 201) {
        const item = (JSON.parse(body) as { data: { id: string; latest: { id: string } } }).data;
        uploaded.push({ projectId: applicant.projectId, evidenceId: item.id, versionId: item.latest.id, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
      } else if (response) refusals.push(`upload ${response.status} after ${Math.round(samples.at(-1)!.ms)} ms: ${body.slice(0, 300)}`);
    } else {
      const standardKey = pick(STANDARD_KEYS);
      const answer = nextAnswer(`A${applicant.index}/${step}`);
      const { response, body } = await timed(samples, 'autosave', () =>
        fetch(`${base}/projects/${applicant.projectId}/assessment/phase-1`, {
          method: 'POST',
          headers: { cookie: applicant.cookie, 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component', origin: base },
          body: JSON.stringify([applicant.projectId, { standardKey, expectedVersion: versions.get(standardKey) ?? 0, answer }]),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        }),
      );
      const result = response?.ok ? actionResult(body) : null;
      if (result?.ok && result.data) {
        versions.set(standardKey, result.data.version);
        const key = `${applicant.projectId}/${standardKey}`;
        acked.set(key, { answer, saves: (acked.get(key)?.saves ?? 0) + 1, version: result.data.version });
      } else if (response) refusals.push(`autosave ${response.status}: ${result?.formError ?? body.slice(0, 200)}`);
    }
    // Typing, the autosave's pause, typing again.
    await pause(1_000, 3_000);
  }
}

/** One reader until `until`: the pages an applicant looks at, one after another. */
export async function runReader(options: { base: string; applicant: Applicant; until: number; samples: Sample[]; refusals: string[] }): Promise<void> {
  const { base, applicant, until, samples, refusals } = options;
  const pages = ['/projects', `/projects/${applicant.projectId}`, `/projects/${applicant.projectId}/assessment`, `/projects/${applicant.projectId}/assessment/phase-1`, `/projects/${applicant.projectId}/assessment/general`, '/standards', '/notifications'];
  while (Date.now() < until) {
    const page = pick(pages);
    const { response } = await timed(samples, 'page', () => fetch(`${base}${page}`, { headers: { cookie: applicant.cookie }, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }));
    if (response && response.status !== 200) refusals.push(`GET ${page} ${response.status}`);
    // Reading the page.
    await pause(2_000, 5_000);
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
