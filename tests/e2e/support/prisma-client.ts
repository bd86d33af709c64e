/**
 * lib/generated/prisma/client.ts for the Playwright process (tests/e2e/tsconfig.json maps
 * '@/lib/generated/prisma/client' here). Playwright compiles TypeScript outside node_modules to
 * CommonJS, and the generated file's one line `globalThis['__dirname'] =
 * path.dirname(fileURLToPath(import.meta.url))` makes Node load it as an ES module, where
 * `exports` does not exist. This module exports the same at run time, with that directory taken
 * from the path instead; the types still come from the generated file (tsc reads tsconfig.json).
 * Mirror any change of the generated client's run-time exports here.
 */
import path from 'node:path';
import * as $Class from '../../../lib/generated/prisma/internal/class';
import * as Prisma from '../../../lib/generated/prisma/internal/prismaNamespace';

(globalThis as Record<string, unknown>)['__dirname'] = path.resolve(__dirname, '../../../lib/generated/prisma');

export * as $Enums from '../../../lib/generated/prisma/enums';
export * from '../../../lib/generated/prisma/enums';
export const PrismaClient = $Class.getPrismaClientClass();
export { Prisma };
