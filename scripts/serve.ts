/**
 * The production server `npm start` runs: `WEB_CONCURRENCY` Next server processes (default:
 * one per core; the embedded database allows one) sharing one port through Node's cluster
 * module. A Next server renders on one core; a second process lets a 2-core machine use both.
 * A worker that dies is replaced. Settings from the environment: PORT, HOSTNAME_BIND,
 * WEB_CONCURRENCY, TRUSTED_PROXIES (lib/http/client-ip.ts), PORTAL_DEV=1 for the development server (and everything lib/env.ts reads).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import next from 'next';
import { misdirectedResponse } from '../lib/auth/canonical-origin';
import { screenRequest } from '../lib/http/front-door';
import { CLIENT_IP_HEADER, parseTrustedProxies, resolveClientIp } from '../lib/http/client-ip';
import { secureResponse } from '../lib/http/secure-response';
import { ROOT } from './lib/run';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND || undefined;
/** `npm run dev`: the development server (hot reload) behind the same front door, one process. */
const dev = process.env.PORTAL_DEV === '1';
/** Served over https (NEXTAUTH_URL, lib/env.ts): HSTS and `upgrade-insecure-requests`. */
const https = (process.env.NEXTAUTH_URL ?? '').startsWith('https:');
/** Proxies whose X-Forwarded-For is believed (lib/http/client-ip.ts). */
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const workers = dev ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

/**
 * Next 16 answers a client-side navigation that went through a next.config.js rewrite with
 * `x-nextjs-rewritten-query` set to the destination's own query — empty for the locale rewrites,
 * although the page was rendered with the request's query. The browser then files the page under
 * the wrong search (the project list's sort links showed the unsorted list). The locale rewrites
 * never change the query, so the header is left out and the browser takes the URL's (ADR 012).
 */
function keepRequestedSearch(response: http.ServerResponse) {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => (name.toLowerCase() === 'x-nextjs-rewritten-query' ? response : setHeader(name, value));
}

async function serve() {
  // Next's own name for itself stays `localhost` whatever the bind address: Next normalises
  // 127.0.0.1 to it in its routing URLs, and a rewrite whose origin differs from the router's
  // would be sent out as an external request (next.config.js rewrites every page).
  const app = next({ dev, dir: ROOT, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((request, response) => {
    // With NEXTAUTH_URL set, a page asked for under another host name is sent there first
    // (lib/auth/canonical-origin.ts). Here, before Next: no page code runs for it (ADR 012).
    const misdirected = misdirectedResponse(request);
    if (misdirected) {
      response.writeHead(misdirected.status, misdirected.headers);
      response.end(misdirected.body);
      return;
    }
    // Requests Next would answer with a 500 are answered here (lib/http/front-door.ts, ADR 031):
    // a malformed path, an action body over 1 MB, an uncounted (chunked) action body over 1 MB
    // or not JSON. Everything else goes on untouched.
    screenRequest(request, response, {
      beforeRefusal: (refused, answer) => secureResponse(refused, answer, { https, dev }),
      pass: (passed, answer) => {
        keepRequestedSearch(answer);
        // Content-Security-Policy (a nonce per request, or hashes for a cached page) and HSTS.
        secureResponse(passed, answer, { https, dev });
        // The language comes from the cookie the rewrite reads, never from a header a client sends.
        delete passed.headers['x-next-intl-locale'];
        // The client's address for per-source limits, never what a client claims it is.
        passed.headers[CLIENT_IP_HEADER] = resolveClientIp({
          remoteAddress: passed.socket.remoteAddress,
          forwardedFor: passed.headers['x-forwarded-for'],
          trustedProxies,
        });
        void handle(passed, answer);
      },
    });
  });
  if (dev) server.on('upgrade', app.getUpgradeHandler());
  server.listen(port, hostname);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      console.error(`[serve] worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
      cluster.fork();
    } else if (Object.keys(cluster.workers ?? {}).length === 0) {
      process.exit(0);
    }
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`[serve] ${workers} processes on port ${port}`);
} else {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
