import { randomUUID } from 'node:crypto';
import { headers } from 'next/headers';

/**
 * What an `x-request-id` from a reverse proxy may look like to be kept: 1–128 characters,
 * letters, digits and `._:;=+/-`, starting with a letter or digit (UUIDs, nginx's `$request_id`,
 * trace ids). Anything else is replaced by an id of our own.
 */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:;=+/-]{0,127}$/;

/** The id given to each request, keyed by the request's own headers object (one per request). */
const ids = new WeakMap<object, string>();

export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value);
}

/**
 * The id of the HTTP request this code runs in, for its audit events: the incoming
 * `x-request-id` when a proxy set a well-formed one, else a random UUID — the same for every
 * call during one request (page, Server Action or route handler). Null outside a request (jobs,
 * scripts, seed, tests without a request): Next's `headers()` refuses there.
 *
 * Nothing runs per request to make this (ADR 012: no proxy on the request path): the id is made
 * the first time a request asks for it and remembered against the request's headers object,
 * which Next creates once per request and hands to every `headers()` call of it (a React
 * `cache()` would not do: it only holds during a render, not in Server Actions and route handlers).
 */
export async function currentRequestId(): Promise<string | null> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return null;
  }
  let id = ids.get(requestHeaders);
  if (!id) {
    const incoming = requestHeaders.get('x-request-id');
    id = isValidRequestId(incoming) ? incoming : randomUUID();
    ids.set(requestHeaders, id);
  }
  return id;
}
