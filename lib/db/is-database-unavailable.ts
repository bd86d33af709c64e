/**
 * True when `error` says the database could not be reached or the connection broke (a restart,
 * a network failure, a full pool), as opposed to a refusal or a bug: the request then answers
 * `databaseUnavailable` (503) and the user is told to try again in a moment (ADR 033). Looks
 * through Prisma's wrapping (its error codes, the driver adapter's error kind) and node-postgres'
 * own errors (socket codes, SQLSTATE class 08 and the shutdown codes 57P01–57P03, „timeout expired“
 * of a connection attempt past CONNECT_TIMEOUT_MS, lib/db.ts).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNABORTED']);
const SQL_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = /Connection terminated|Connection ended|connection error|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|^timeout expired$/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, kind, message, cause, meta } = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof code === 'string' && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQL_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}
