/**
 * PostgreSQL refuses U+0000 in text, so a NUL byte that passed validation became a 500 (and an
 * autosave retried for ever). Every text a schema accepts refuses it: free text with the shared
 * message `nulCharacter` (lib/forms/text-checks.ts), a field with a format of its own (a date, an
 * address, a key) by that format. This test finds every zod schema the app validates
 * input with and every string in it, so a new field without the check fails here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { $ZodType } from 'zod/v4/core';

const LIB = path.resolve(__dirname, '../../lib');

/** Modules whose exports include schemas for input: every `*-schema.ts`, and the rule modules. */
function schemaModules(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'generated') walk(full);
      else if (/-schemas?\.ts$|-rules\.ts$/.test(entry.name)) files.push(full);
    }
  };
  walk(LIB);
  return [...files, path.join(LIB, 'forms/action-args.ts')].sort();
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: $ZodType) => schema._zod.def as unknown as Def;
const isSchema = (value: unknown): value is $ZodType => typeof value === 'object' && value !== null && '_zod' in value;

/**
 * Every field (the schema of an object's key, an array's element, or a bare string schema) whose
 * input may be a string, named by its path (`fields.title`).
 */
function stringFields(schema: $ZodType, at: (string | number)[] = [], field: $ZodType = schema, seen = new Set<$ZodType>()): { at: (string | number)[]; field: $ZodType }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const inner = (next: $ZodType) => stringFields(next, at, field, seen);
  switch (def.type) {
    case 'string':
      return [{ at, field }];
    case 'object':
      return Object.entries(def.shape as Record<string, $ZodType>).flatMap(([key, value]) => stringFields(value, [...at, key], value, seen));
    case 'array':
      return stringFields(def.element as $ZodType, [...at, 0], def.element as $ZodType, seen);
    case 'record':
      return stringFields(def.valueType as $ZodType, [...at, 'key'], def.valueType as $ZodType, seen);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType as $ZodType);
    case 'pipe':
      return [...inner(def.in as $ZodType), ...(defOf(def.in as $ZodType).type === 'transform' ? inner(def.out as $ZodType) : [])];
    case 'union':
      return (def.options as $ZodType[]).flatMap(inner);
    case 'intersection':
      return [...inner(def.left as $ZodType), ...inner(def.right as $ZodType)];
    default:
      return [];
  }
}

describe('no text field accepts a NUL character', async () => {
  const cases: { name: string; field: $ZodType }[] = [];
  for (const file of schemaModules()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      if (!isSchema(value)) continue;
      for (const { at, field } of stringFields(value)) cases.push({ name: `${path.relative(LIB, file)} ${exportName}${at.length ? `.${at.join('.')}` : ''}`, field });
    }
  }

  it('finds the schemas', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  // A field that takes ordinary text must name the NUL character; one with a format of its own
  // (a date, an address, a key) may refuse it with its own message, or replace it (a return
  // path falls back to `/`) — but nothing with a NUL may come out.
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, { field }) => {
    const { safeParseAsync } = await import('zod/mini');
    const result = await safeParseAsync(field, 'Text\u0000mehr');
    if (result.success) {
      expect(JSON.stringify(result.data ?? null)).not.toContain('\\u0000');
      return;
    }
    if ((await safeParseAsync(field, 'Text mehr')).success) expect(result.error.issues.map((issue) => issue.message)).toContain('nulCharacter');
  });
});
