/**
 * The authorization matrix over HTTP against the running portal (ADR 031): every cell of
 * ./authorization-matrix.table.ts is one step of its row's test — a page, route handler or Server
 * Action requested as that person — and the first test fails when the build has a page, route
 * handler or Server Action the table does not list, or the table lists one that is gone.
 * No browser: plain requests with each person's session cookie (./support/http-session.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { arrangeMatrix, type MatrixData } from './authorization-matrix.data';
import { ACTORS, HOME, IN, MATRIX, NF, NO, OK, type Actor, type MatrixRow, type Outcome } from './authorization-matrix.table';
import { withSuiteLock } from './support/fixtures';
import { builtActions, callAction, request, routePattern, type ActionAnswer, type HttpSession } from './support/http-session';

// In order, in one worker: the rows share the arranged people and objects.
test.describe.configure({ mode: 'default' });

let arranged: ReturnType<typeof arrangeMatrix> | undefined;
const setup = () => (arranged ??= arrangeMatrix());

const HOMES: Record<Actor, string | null> = { anonymous: null, applicantA: '/projects', applicantB: '/projects', officer: '/review', officer2: '/review', admin: '/admin' };
/** Route handlers refusing the input, not the person. */
const INPUT_REFUSALS = new Set([400, 409, 413, 415, 422]);
/** Action failures that are about the person, not the input. */
const ACCESS_CODES: Record<string, Outcome> = { notFound: NF, forbidden: NO, unauthenticated: IN, twoFactorSetupRequired: NO };

function files(directory: string, name: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join(directory, file).split(path.sep).join('/'));
}

/** What the code base has: pages and route handlers from app/ (route handlers per exported HTTP method), actions from the build. */
function discover(): { pages: string[]; routes: string[]; actions: string[] } {
  const routes = files('app', 'route.ts').flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const methods = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(match[1]!);
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const named of match[1]!.matchAll(/\bas\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g)) methods.add(named[1]!);
    return [...methods].map((method) => `${method} ${routePattern(file)}`);
  });
  return { pages: files('app', 'page.tsx').map(routePattern), routes, actions: builtActions().map((action) => action.name) };
}

function pageOutcome(response: Response, actor: Actor): string {
  const location = response.headers.get('location') ?? '';
  if (response.status === 200) return OK;
  if (response.status === 401 || (response.status >= 300 && response.status < 400 && location.startsWith('/login'))) return IN;
  if (response.status >= 300 && response.status < 400 && location === HOMES[actor]) return HOME;
  if (response.status === 403) return NO;
  if (response.status === 404) return NF;
  return `HTTP ${response.status} ${location}`;
}

function routeOutcome(response: Response): string {
  if (response.status === 401) return IN;
  if (response.status === 403) return NO;
  if (response.status === 404) return NF;
  if (response.status < 400 || INPUT_REFUSALS.has(response.status)) return OK;
  return `HTTP ${response.status}`;
}

function actionOutcome(answer: ActionAnswer): string {
  if (answer.status === 401) return IN;
  if (answer.status === 403) return NO;
  if (answer.status === 404) return NF;
  if (answer.status !== 200 && answer.status !== 303) return `HTTP ${answer.status} ${answer.body.slice(0, 80)}`;
  const code = answer.result?.formError;
  if (code === 'unknown') return 'failure "unknown" (a server error)';
  return (code && ACCESS_CODES[code]) || OK;
}

// Read when the first action row runs: the build (and its manifest) is made after the tests are listed.
let actionsByName: Map<string, ReturnType<typeof builtActions>[number]> | undefined;
const pageRows = new Map(MATRIX.filter((row) => row.kind === 'page').map((row) => [row.key, row]));

/** The page an action is posted to: the first page of the build that carries it, with the matrix's segments filled in. */
function actionPage(key: string, data: MatrixData): { id: string; page: string } {
  actionsByName ??= new Map(builtActions().map((action) => [action.name, action]));
  const built = actionsByName.get(key);
  if (!built) throw new Error(`${key} is not in the build`);
  const page = built.pages.map((pattern) => pageRows.get(pattern)).find(Boolean);
  if (!page || page.kind !== 'page') throw new Error(`${key}: none of its pages (${built.pages.join(', ')}) is in the matrix`);
  return { id: built.id, page: page.url(data) };
}

async function outcomeOf(row: MatrixRow, data: MatrixData, session: HttpSession, actor: Actor): Promise<string> {
  if (row.kind === 'page') return pageOutcome(await request(session, row.url(data)), actor);
  if (row.kind === 'route') {
    const init = row.init?.(data) ?? {};
    return routeOutcome(await request(session, row.url(data), { method: row.key.split(' ')[0], ...init }));
  }
  return actionOutcome(await callAction(session, { ...actionPage(row.key, data), args: row.args(data) }));
}

test('the matrix lists every page, route handler and Server Action, and nothing else', () => {
  const found = discover();
  const listed = (kind: MatrixRow['kind']) => MATRIX.filter((row) => row.kind === kind).map((row) => row.key).sort();
  const duplicates = MATRIX.map((row) => `${row.kind} ${row.key}`).filter((key, index, all) => all.indexOf(key) !== index);
  expect(duplicates, 'rows listed twice').toEqual([]);
  expect.soft(listed('page'), 'pages (app/**/page.tsx) — add a row to tests/e2e/authorization-matrix.table.ts').toEqual([...found.pages].sort());
  expect.soft(listed('route'), 'route handlers (app/**/route.ts, per method) — add a row').toEqual([...found.routes].sort());
  expect.soft(listed('action'), 'Server Actions (.next/server/server-reference-manifest.json) — add a row').toEqual([...found.actions].sort());
});

// Rows whose allowed call ends the sessions run last.
const ordered = [...MATRIX.filter((row) => !(row.kind === 'action' && row.endsSessions)), ...MATRIX.filter((row) => row.kind === 'action' && row.endsSessions)];

for (const row of ordered) {
  test(`${row.kind} ${row.key}`, async () => {
    const { data, sessions } = await setup();
    // Refusals first: the allowed calls (some change something) come last.
    const cells = ACTORS.map((actor, index) => ({ actor, expected: row.expect[index]! })).sort((a, b) => Number(a.expected === OK) - Number(b.expected === OK));
    const run = async () => {
      for (const { actor, expected } of cells) {
        await test.step(`${actor} → ${expected}`, async () => {
          expect.soft(await outcomeOf(row, data, sessions[actor], actor), `${row.key} as ${actor}`).toBe(expected);
        });
      }
      if (row.kind === 'action') await row.cleanUp?.(data);
    };
    await (row.kind === 'action' && row.lock ? withSuiteLock(row.lock, run) : run());
  });
}
