/**
 * Environment variables, validated with zod once per process. Importing this module never
 * throws; calling getEnv() does, with one readable line per problem.
 */
import { z } from 'zod';

const databaseUrl = z
    .string({ error: 'DATABASE_URL fehlt (postgresql://…); `npm start` setzt sie für die eingebettete Datenbank selbst.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss eine PostgreSQL-URL sein (postgresql://…).');

const poolMax = z.coerce.number().int().min(1).max(100).default(10);

/** ClamAV's daemon for the uploads (ADR 025): a unix socket path or tcp://host:port; unset: no virus scan. */
const clamdSocket = z
  .string()
  .regex(
    /^(\/[^\0]+|tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):([1-9]\d{0,4}))$/,
    'CLAMD_SOCKET muss ein absoluter Pfad zum Unix-Socket von clamd (/run/clamav/clamd.ctl) oder tcp://host:port sein.',
  )
  .refine((value) => !value.startsWith('tcp://') || Number(value.slice(value.lastIndexOf(':') + 1)) <= 65535, 'CLAMD_SOCKET: der Port muss zwischen 1 und 65535 liegen.')
  .optional();

/**
 * Where evidence files live (lib/storage/get-file-storage.ts, ADR 005/032): the local directory
 * STORAGE_DIR, or an S3-compatible bucket (several app instances). STORAGE_DIR stays in use with
 * S3 as the local staging directory of uploads (`.incoming`).
 */
export const storageEnvShape = {
  STORAGE_DRIVER: z.enum(['local', 's3'], 'STORAGE_DRIVER ist local (Verzeichnis STORAGE_DIR) oder s3 (S3-kompatibler Objektspeicher).').default('local'),
  /** Directory for uploaded evidence files, outside the web root (with S3: only the staging directory). */
  STORAGE_DIR: z.string().min(1).default('data/uploads'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET muss ein Bucket-Name sein (3–63 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Bindestrich).')
    .optional(),
  /** The service's address (MinIO, Ceph, a provider); unset: AWS's own for S3_REGION. */
  S3_ENDPOINT: z.url('S3_ENDPOINT muss eine URL sein (https://s3.example.org).').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset both: the SDK's default credential chain (instance role, AWS_* variables, profile). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `1`: http://host/bucket/key instead of http://bucket.host/key (MinIO, most self-hosted services). */
  S3_FORCE_PATH_STYLE: z.enum(['0', '1'], 'S3_FORCE_PATH_STYLE ist 1 (Pfad-Adressen: MinIO u. a.) oder 0.').default('0'),
};

type StorageEnvShape = z.infer<z.ZodObject<typeof storageEnvShape>>;

/** The S3 settings belong together: a bucket with STORAGE_DRIVER=s3, key id and secret both or neither. */
function refineStorageEnv(env: StorageEnvShape, ctx: z.RefinementCtx) {
  if (env.STORAGE_DRIVER !== 's3') return;
  if (!env.S3_BUCKET) ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'S3_BUCKET fehlt: mit STORAGE_DRIVER=s3 der Name des Buckets für die Nachweise.' });
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({ code: 'custom', path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'], message: 'S3_ACCESS_KEY_ID und S3_SECRET_ACCESS_KEY nur zusammen (oder beide weglassen: Rolle der Maschine).' });
  }
}

const storageEnvSchema = z.object(storageEnvShape).superRefine(refineStorageEnv);
export type StorageEnv = z.infer<typeof storageEnvSchema>;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: databaseUrl,
    /** The owner role's URL for migrations and the seed (ADR 026); unset: DATABASE_URL's role. */
    MIGRATION_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'MIGRATION_DATABASE_URL muss eine PostgreSQL-URL sein (postgresql://…).')
      .optional(),
    AUTH_SECRET: z
      .string({ error: 'AUTH_SECRET fehlt (mindestens 32 zufällige Zeichen, z. B. `openssl rand -base64 32`).' })
      .min(32, 'AUTH_SECRET muss mindestens 32 Zeichen lang sein.'),
    NEXTAUTH_URL: z.url('NEXTAUTH_URL muss eine URL sein (z. B. https://portal.example).').optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_POOL_MAX: poolMax,
    /** Set by `npm start` when it serves the embedded PGlite database (development conveniences). */
    PORTAL_EMBEDDED: z.enum(['0', '1']).default('0'),
    /** smtp(s)://user:pass@host:port — mails are sent through it; unset: kept in the mail log only. */
    SMTP_URL: z.url('SMTP_URL muss eine URL sein (smtp://benutzer:passwort@host:587).').optional(),
    MAIL_FROM: z.string().default('Standards-Portal <no-reply@standards-portal.invalid>'),
    ...storageEnvShape,
    /** `1`: a server (DATABASE_URL) may run on plain http — a lab or a test, never production. */
    ALLOW_HTTP: z.enum(['0', '1'], 'ALLOW_HTTP ist 1 (http erlaubt) oder 0.').default('0'),
    CLAMD_SOCKET: clamdSocket,
  })
  // On a server the portal's address decides the cookies (`__Secure-…` with the Secure flag only
  // over https) and the links in mails: it must be given, and https (ADR 026).
  .superRefine((env, ctx) => {
    refineStorageEnv(env, ctx);
    if (env.PORTAL_EMBEDDED === '1' || env.ALLOW_HTTP === '1') return;
    if (!env.NEXTAUTH_URL) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'NEXTAUTH_URL fehlt: die https-Adresse des Portals (z. B. https://portal.example); nur für ein Labor ALLOW_HTTP=1.' });
    } else if (new URL(env.NEXTAUTH_URL).protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: 'NEXTAUTH_URL muss mit https:// beginnen (sichere Cookies, richtige Links in E-Mails); nur für ein Labor ALLOW_HTTP=1.' });
    }
  });

type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ungültige Umgebungsvariablen:\n${lines.join('\n')}`);
  }
  return result.data;
}

/**
 * Connections in the app's pool: DATABASE_POOL_MAX (default 10). `npm start` sets 1 for the
 * embedded PGlite (see lib/db/create-prisma-client.ts).
 */
export function getDatabasePoolMax(): number {
  const result = poolMax.safeParse(process.env.DATABASE_POOL_MAX);
  if (!result.success) throw new Error('Ungültige Umgebungsvariablen:\n  - DATABASE_POOL_MAX: eine ganze Zahl von 1 bis 100.');
  return result.data;
}

/** Only the database URL: for scripts and tests that need no web server settings. */
export function getDatabaseUrl(): string {
  const result = databaseUrl.safeParse(process.env.DATABASE_URL);
  if (!result.success) throw new Error(`Ungültige Umgebungsvariablen:\n  - DATABASE_URL: ${result.error.issues[0]?.message}`);
  return result.data;
}

/** Only the storage settings (lib/storage/get-file-storage.ts): scripts and tests need no web server settings. Empty values count as unset. */
export function parseStorageEnv(source: Record<string, string | undefined>): StorageEnv {
  const values = Object.fromEntries(Object.keys(storageEnvShape).map((name) => [name, source[name] || undefined]));
  const result = storageEnvSchema.safeParse(values);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ungültige Umgebungsvariablen:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Only CLAMD_SOCKET (the upload's virus scan; undefined: none), validated on each call: tests and scripts set it late. */
export function getClamdSocket(): string | undefined {
  const result = clamdSocket.safeParse(process.env.CLAMD_SOCKET || undefined);
  if (!result.success) throw new Error(`Ungültige Umgebungsvariablen:\n  - CLAMD_SOCKET: ${result.error.issues[0]?.message}`);
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
