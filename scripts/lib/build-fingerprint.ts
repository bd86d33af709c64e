import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, bin, runOrThrow } from './run';

const INPUTS = ['app', 'components', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = new Set(['generated', 'node_modules']);
const STAMP = path.join(ROOT, '.next', 'portal-build-fingerprint');

function walk(entry: string, hash: ReturnType<typeof createHash>) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), hash);
  } else {
    hash.update(`${path.relative(ROOT, entry)}:${stat.size}:${stat.mtimeMs}\n`);
  }
}

/** A fingerprint of everything `next build` reads, so `npm start` rebuilds only after changes. */
export function buildFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) walk(path.join(ROOT, input), hash);
  return hash.digest('hex');
}

export function buildIsCurrent(fingerprint: string): boolean {
  return existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
}

export function recordBuild(fingerprint: string) {
  writeFileSync(STAMP, fingerprint);
}

/**
 * `next build` unless the last build is of the current sources (the fingerprint): `npm start`,
 * and the scale-out test (tests/scale), which runs before the browser tests in `npm test` —
 * whichever comes first builds, the other reuses it. `env` must be one lib/env.ts accepts.
 */
export async function ensureProductionBuild(env: NodeJS.ProcessEnv, log: (line: string) => void = console.log): Promise<void> {
  const fingerprint = buildFingerprint();
  if (buildIsCurrent(fingerprint)) return;
  log('Baue die Anwendung (next build) …');
  await runOrThrow(bin('next'), ['build'], { env: { ...env, NODE_ENV: 'production' } });
  recordBuild(fingerprint);
}
