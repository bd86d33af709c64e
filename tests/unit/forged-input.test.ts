/**
 * A forged Server Action call (input of the wrong type, a missing or an unknown field — what no
 * form of the portal sends) is refused by the action's schema. Its answer must still be keys the
 * forms translate, in every language — never zod's own English default message
 * („Invalid input: expected object, received string“). toActionFailure, the one place that maps
 * errors (ADR 009), turns such a message into `invalidInput`. This test parses forged values with
 * every schema the app validates input with and checks every key of every answer.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseAsync } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { toActionFailure } from '@/lib/forms/to-action-failure';
import { LOCALES } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';
import { changeOwnNameSchema } from '@/lib/users/change-own-name-schema';

const LIB = path.resolve(__dirname, '../../lib');

/** Every `*-schema(s).ts` and rule module (as tests/unit/nul-characters.test.ts finds them). */
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

const isSchema = (value: unknown): value is $ZodType => typeof value === 'object' && value !== null && '_zod' in value;

/** Where a form finds a key (components/ui/use-error-text.ts): its namespace's `errors`, or the shared `errors.domain`. */
function translatable(key: string, locale: (typeof LOCALES)[number]): boolean {
  const messages = MESSAGES[locale] as unknown as Record<string, { errors?: unknown; domain?: unknown }>;
  const lookup = (tree: unknown) => key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
  const found = (value: unknown) => typeof value === 'string' || Array.isArray(value);
  return found(lookup(messages.errors?.domain)) || Object.values(messages).some((namespace) => found(lookup(namespace.errors)));
}

/** Forged arguments: every wrong type, a missing field, an unknown field. */
const FORGED: unknown[] = [42, 'kein Objekt', null, undefined, true, [], {}, { unerwartet: { tief: [1] } }, [{}], Number.NaN];

describe('a forged call answers keys the forms translate', async () => {
  const schemas: { name: string; schema: $ZodType }[] = [];
  for (const file of schemaModules()) {
    for (const [exportName, value] of Object.entries((await import(file)) as Record<string, unknown>)) {
      if (isSchema(value)) schemas.push({ name: `${path.relative(LIB, file)} ${exportName}`, schema: value });
    }
  }

  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(50);
  });

  it('answers the wrong type with `invalidInput` at the field, or for the form', async () => {
    expect(toActionFailure((await safeParseAsync(changeOwnNameSchema, 'kein Objekt')).error)).toEqual({ ok: false, fieldErrors: { _form: ['invalidInput'] } });
    expect(toActionFailure((await safeParseAsync(changeOwnNameSchema, {})).error)).toEqual({ ok: false, fieldErrors: { name: ['invalidInput'] } });
    expect(toActionFailure((await safeParseAsync(changeOwnNameSchema, { name: 5 })).error)).toEqual({ ok: false, fieldErrors: { name: ['invalidInput'] } });
    // The schema's own keys stay as they are.
    expect(toActionFailure((await safeParseAsync(changeOwnNameSchema, { name: '' })).error)).toEqual({ ok: false, fieldErrors: { name: ['personNameRequired'] } });
  });

  it('has the message in every language', () => {
    const texts = LOCALES.map((locale) => (MESSAGES[locale].errors.domain as Record<string, unknown>).invalidInput);
    for (const text of texts) expect(typeof text === 'string' || Array.isArray(text)).toBe(true);
    expect(new Set(texts.map(String)).size).toBe(LOCALES.length);
  });

  it.each(schemas.map((s) => [s.name, s] as const))('%s', async (_name, { schema }) => {
    for (const input of FORGED) {
      const result = await safeParseAsync(schema, input);
      if (result.success) continue;
      const failure = toActionFailure(result.error);
      const keys = Object.values(failure.fieldErrors ?? {}).flat();
      expect(keys.length, `answer to ${JSON.stringify(input)}`).toBeGreaterThan(0);
      for (const key of keys) for (const locale of LOCALES) expect(translatable(key, locale), `${JSON.stringify(input)} → „${key}“ in ${locale}`).toBe(true);
    }
  });
});
