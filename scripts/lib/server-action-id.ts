import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run';

/**
 * The id under which the production build (.next) serves a Server Action, by its exported name:
 * a client posts to any page with the header `next-action: <id>`, as the browser does
 * (scripts/bench/http.ts, tests/drills/).
 */
export function serverActionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`${exportedName} not in the build`);
  return entry[0];
}
