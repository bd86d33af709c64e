import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * zod in the browser (ADR 010): the schemas the forms use are written with `zod/mini` (smaller
 * than classic zod, which is one module of ~100 kB), and no 'use client' module loads any zod
 * with the page: forms load their schema with `import()` once they are on screen
 * (`useActionForm`'s `schema`, components/assessment/answer-rules-loader.ts), so zod is not part
 * of any page's first-load JavaScript. Type-only imports (`import type`) are erased, so they are
 * allowed.
 */
const ROOT = process.cwd();

/** The schemas client components import (server-only schemas may stay classic). */
const CLIENT_SCHEMAS = [
  'lib/assessments/answer-rules.ts',
  'lib/auth/sign-in-schema.ts',
  'lib/catalogue/add-draft-standard-schema.ts',
  'lib/catalogue/catalogue-text-rules.ts',
  'lib/catalogue/publish-catalogue-version-schema.ts',
  'lib/catalogue/update-draft-heading-schema.ts',
  'lib/catalogue/update-draft-standard-schema.ts',
  'lib/evidence/evidence-url-schema.ts',
  'lib/organisations/invite-colleague-schema.ts',
  'lib/organisations/update-organisation-schema.ts',
  'lib/projects/company-schema.ts',
  'lib/projects/project-profile-schema.ts',
  'lib/registration/register-applicant-schema.ts',
  'lib/registration/resend-confirmation-schema.ts',
];

const isClassicZod = (specifier: string) => /^zod(\/v3|\/v4|\/v4\/classic(\/.*)?)?$/.test(specifier);

/** The modules a file loads at run time: `import type …` and `import { type A, type B } …` are left out. */
function runtimeImports(source: string): string[] {
  return [...staticImports(source), ...dynamicImports(source)];
}

/** `import(…)` calls: loaded when the code runs, in a chunk of their own. */
function dynamicImports(source: string): string[] {
  return [...source.matchAll(/(?:^|[^\w.])import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]!);
}

/** What a module loads with itself: static value imports and bare `import 'x'`. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const [, typeOnly, clause, specifier] of source.matchAll(/(?:^|[\s;])(?:import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    const named = clause!.trim().match(/^\{([^}]*)\}$/)?.[1];
    const onlyTypes = named !== undefined && named.split(',').every((part) => part.trim() === '' || part.trim().startsWith('type '));
    if (!typeOnly && !onlyTypes) found.push(specifier!);
  }
  for (const [, specifier] of source.matchAll(/(?:^|[\s;])import\s+['"]([^'"]+)['"]/g)) found.push(specifier!);
  return found;
}

/** A project module (`@/…` or relative) → its file; packages → undefined. */
function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ending) => base + ending).find((file) => existsSync(file) && statSync(file).isFile());
}

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(ROOT, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(ROOT, directory, file));
}

describe('zod in the browser', () => {
  it('the schemas the forms import are written with zod/mini', () => {
    for (const file of CLIENT_SCHEMAS) {
      const imports = runtimeImports(readFileSync(path.join(ROOT, file), 'utf8'));
      expect(imports.filter(isClassicZod), file).toEqual([]);
      expect(imports, file).toContain('zod/mini');
    }
  });

  it("nothing a 'use client' module loads with the page imports zod: schemas arrive by import()", () => {
    const clientFiles = [...sourceFiles('components'), ...sourceFiles('app')].filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
    expect(clientFiles.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    const seen = new Set<string>();
    const walk = (file: string, chain: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
        if (/^zod(\/|$)/.test(specifier)) offenders.push([...chain, specifier].join(' → '));
        const next = resolve(file, specifier);
        if (next) walk(next, [...chain, path.relative(ROOT, next)]);
      }
    };
    for (const file of clientFiles) walk(file, [path.relative(ROOT, file)]);
    expect(seen.size).toBeGreaterThan(clientFiles.length);
    expect(offenders).toEqual([]);
  });

  it('the import check tells value imports from type-only ones', () => {
    expect(runtimeImports("import { z } from 'zod';\nimport type { ZodType } from 'zod';\nimport { type A, type B } from 'zod/v4';")).toEqual(['zod']);
    expect(runtimeImports("import * as z from 'zod/mini';\nimport {\n  a,\n  type B,\n} from '@/lib/x';\nimport 'side-effect';")).toEqual(['zod/mini', '@/lib/x', 'side-effect']);
    expect(staticImports("const load = () => import('@/lib/x-schema');\nimport { y } from '@/lib/y';")).toEqual(['@/lib/y']);
    expect(dynamicImports("const load = () => import('@/lib/x-schema').then((m) => m.x);")).toEqual(['@/lib/x-schema']);
    expect(['zod', 'zod/v4', 'zod/v3', 'zod/v4/classic'].every(isClassicZod)).toBe(true);
    expect(['zod/mini', 'zod/v4-mini', 'zod/v4/mini', 'zod/v4/core'].some(isClassicZod)).toBe(false);
  });
});
