'use strict';
// The JSON-RPC 2.0 loop: one JSON object per line on stdin (requests from the Prisma CLI, and
// its answers to our `print` requests), one per line on stdout (our answers and requests).

const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { logLine, writeRpc, forwardEngineLog, flush } = require('./stdio.cjs');
const { loadSchemaEngine, takePanicMessage } = require('./wasm-engine.cjs');
const { createAdapterFactory, createOfflineAdapterFactory, inferErrorCode } = require('./pg.cjs');

// Error code the native engine uses for user-facing errors, with details in `error.data`.
const USER_FACING_ERROR = 4466;

// Methods forwarded unchanged to the wasm engine (same name, same params, same result).
const PASSTHROUGH = new Set([
  'applyMigrations', 'createMigration', 'dbExecute', 'debugPanic', 'devDiagnostic',
  'diagnoseMigrationHistory', 'ensureConnectionValidity', 'evaluateDataLoss', 'introspect',
  'introspectSql', 'markMigrationApplied', 'markMigrationRolledBack', 'reset', 'schemaPush',
]);

const NEEDS_MIGRATIONS_SCHEMA = new Set(['evaluateDataLoss', 'createMigration']);
const SHADOW_NOT_WIRED = /shadow DB must be provided through an external factory/;

// The wasm engine panics when given no schema at all (`migrate diff` may pass no --datamodels).
const MINIMAL_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

class EngineHost {
  constructor({ datamodelPaths, datasource }) {
    this.datasource = datasource || {};
    this.datamodels = datamodelPaths.map((file) => [file, fs.readFileSync(path.resolve(file), 'utf8')]);
    if (this.datamodels.length === 0) this.datamodels = [['schema.prisma', MINIMAL_SCHEMA]];
    this.engines = new Map(); // url (or '<offline>') → Promise<SchemaEngine>
    this.cleanups = [];
    this.errorRegistries = [];
  }

  async createEngine(adapterFactory) {
    const glue = await loadSchemaEngine();
    return glue.SchemaEngine.new({ datamodels: this.datamodels }, forwardEngineLog, adapterFactory);
  }

  /** The engine bound to a database URL; the wasm engine connects when it is created. */
  engineFor(url) {
    if (!url) throw new Error('prisma-engine-bridge: no datasource URL configured (set DATABASE_URL)');
    if (!this.engines.has(url)) {
      const { bound, cleanup } = createAdapterFactory({
        url,
        shadowDatabaseUrl: url === this.datasource.url ? this.datasource.shadowDatabaseUrl : undefined,
      });
      this.cleanups.push(cleanup);
      this.errorRegistries.push(bound.errorRegistry);
      const engine = this.createEngine(bound);
      engine.catch(() => this.engines.delete(url)); // allow a retry after a failed connection
      this.engines.set(url, engine);
    }
    return this.engines.get(url);
  }

  mainEngine() {
    return this.engineFor(this.datasource.url);
  }

  offlineEngine() {
    if (!this.engines.has('<offline>')) this.engines.set('<offline>', this.createEngine(createOfflineAdapterFactory()));
    return this.engines.get('<offline>');
  }

  /**
   * Diffs between Prisma schemas and/or the empty schema need no database (the native engine
   * never connects for them); a `url` target names the database to read; everything else
   * (`schemaDatasource`, `migrations` via the shadow database) uses the configured datasource.
   */
  engineForDiff({ from, to }) {
    const tags = [from.tag, to.tag];
    if (tags.every((tag) => tag === 'empty' || tag === 'schemaDatamodel')) return this.offlineEngine();
    const urls = [...new Set([from, to].filter((t) => t.tag === 'url').map((t) => t.url))];
    if (urls.length > 1) throw new Error('prisma-engine-bridge: diffing two different database URLs is not supported by the wasm engine');
    const usesConfigured = tags.some((tag) => tag === 'schemaDatasource' || tag === 'migrations');
    if (urls.length === 1 && usesConfigured && urls[0] !== this.datasource.url) {
      throw new Error('prisma-engine-bridge: a diff may use either --from/--to-url or the configured datasource, not both');
    }
    return urls.length === 1 ? this.engineFor(urls[0]) : this.mainEngine();
  }

  async handle(method, params, server) {
    if (method === 'getDatabaseVersion') {
      // The CLI's name for it; the wasm engine calls it `version` (and insists on a datasource
      // field when given params at all).
      return (await this.mainEngine()).version(params?.datasource ? params : undefined);
    }
    if (method === 'diff') {
      const result = await (await this.engineForDiff(params)).diff(params);
      // The native engine hands the script back as a `print` request and returns only the exit
      // code; the CLI writes `content` to its stdout (or to --output).
      if (typeof result.stdout === 'string') await server.request('print', { content: result.stdout });
      return { exitCode: result.exitCode };
    }
    if (method === 'dbExecute' && params?.datasourceType?.tag === 'url') {
      return (await this.engineFor(params.datasourceType.url)).dbExecute(params);
    }
    if (PASSTHROUGH.has(method)) {
      const engine = await this.mainEngine();
      try {
        return await engine[method](params);
      } catch (error) {
        if (!NEEDS_MIGRATIONS_SCHEMA.has(method) || !SHADOW_NOT_WIRED.test(error?.message ?? '')) throw error;
        // Quirk of the wasm engine: these two take the schema of the migration history from a
        // cache that only a command which replays the history in the shadow database fills
        // (devDiagnostic or diagnoseMigrationHistory, and only when the database already has a
        // migrations table). `migrate dev` on a fresh database skips that step, so fill the cache
        // the same way and try once more.
        await engine.diagnoseMigrationHistory({
          migrationsList: params.migrationsList,
          optInToShadowDatabase: true,
          filters: params.filters,
        });
        return await engine[method](params);
      }
    }
    const error = new Error(`prisma-engine-bridge: method \`${method}\` is not supported`);
    error.rpcCode = -32601;
    throw error;
  }

  /**
   * A JS error thrown inside the adapter reaches the engine only as an id ("External error
   * id#3"), and the engine reports just that. Put the original message back.
   */
  explainExternalErrors(message) {
    return message.replace(/External error id#(\d+)/g, (text, id) => {
      for (const registry of this.errorRegistries) {
        const entry = registry.registeredErrors?.[Number(id)];
        if (entry?.error) return entry.error.message ?? String(entry.error);
      }
      return text;
    });
  }

  async cleanup() {
    await Promise.allSettled(this.cleanups.map((fn) => fn()));
  }
}

class RpcServer {
  constructor(host) {
    this.host = host;
    this.queue = Promise.resolve(); // requests run one at a time, in order
    this.busy = 0;
    this.nextOutgoingId = 1;
    this.pendingOutgoing = new Map();
  }

  start() {
    const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    input.on('line', (line) => this.onLine(line));
    input.on('close', () => {
      // The CLI closes stdin when it is done: finish what was asked, then go. Nobody is left to
      // answer our own requests, so stop waiting for them.
      for (const resolve of this.pendingOutgoing.values()) resolve(null);
      this.pendingOutgoing.clear();
      this.stdinClosed = true;
      this.queue.then(() => this.shutdown(0));
    });
    for (const signal of ['SIGTERM', 'SIGINT']) {
      // The CLI's stop() closes stdin and sends SIGTERM right away (non-Windows); still drop
      // any temporary shadow database before leaving.
      process.on(signal, () => this.shutdown(this.busy > 0 ? 128 + (signal === 'SIGINT' ? 2 : 15) : 0));
    }
  }

  onLine(line) {
    if (line.trim() === '') return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      writeRpc({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) {
      // An answer to one of our requests (`print`).
      const pending = this.pendingOutgoing.get(message.id);
      if (pending) {
        this.pendingOutgoing.delete(message.id);
        pending(message);
      }
      return;
    }
    this.busy += 1;
    this.queue = this.queue.then(() => this.serve(message)).finally(() => {
      this.busy -= 1;
    });
  }

  /** Sends a request to the CLI and waits for its answer. */
  request(method, params) {
    const id = this.nextOutgoingId++;
    if (this.stdinClosed) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pendingOutgoing.set(id, resolve);
      writeRpc({ jsonrpc: '2.0', id, method, params });
    });
  }

  async serve({ id, method, params }) {
    this.currentRequestId = id;
    try {
      const result = await this.host.handle(method, params, this);
      if (id !== undefined) writeRpc({ jsonrpc: '2.0', id, result: result ?? {} });
    } catch (error) {
      const panic = takePanicMessage() ?? (error instanceof WebAssembly.RuntimeError ? error.message : null);
      if (panic !== null) return this.fatal(error, panic);
      const message = this.host.explainExternalErrors(error?.message ?? String(error));
      logLine('ERROR', message, { method });
      if (id === undefined) return;
      if (error.rpcCode) {
        writeRpc({ jsonrpc: '2.0', id, error: { code: error.rpcCode, message } });
        return;
      }
      const data = { is_panic: false, message, meta: {} };
      const errorCode = inferErrorCode(message);
      if (errorCode) data.error_code = errorCode;
      writeRpc({ jsonrpc: '2.0', id, error: { code: USER_FACING_ERROR, message: 'An error happened. Check the data field for details.', data } });
    } finally {
      if (!this.shuttingDown) this.currentRequestId = undefined;
    }
  }

  /**
   * A Rust panic leaves the wasm instance unusable; report it like the native engine (error
   * response with is_panic, exit code 101). Panics mostly surface as an uncaught RuntimeError
   * from the engine's future executor (a microtask), not as a rejection of the pending call, so
   * this is also the process-wide handler for uncaught errors while the server runs.
   */
  async fatal(error, panicMessage = takePanicMessage()) {
    const isPanic = panicMessage !== null;
    const message = panicMessage ?? `prisma-engine-bridge crashed: ${error?.stack ?? error}`;
    const backtrace = error?.stack ?? '';
    logLine('ERROR', message, { is_panic: isPanic, backtrace });
    if (this.currentRequestId !== undefined && !this.answeredFatal) {
      this.answeredFatal = true;
      writeRpc({
        jsonrpc: '2.0',
        id: this.currentRequestId,
        error: { code: USER_FACING_ERROR, message, data: { is_panic: isPanic, message, backtrace, meta: {} } },
      });
    }
    await this.shutdown(isPanic ? 101 : 1);
  }

  async shutdown(code) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    // Bounded: never hang the CLI (or linger as an orphan) on an unreachable server.
    await Promise.race([this.host.cleanup(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    await flush();
    // The pg pools keep idle sockets (and the event loop) alive: exit explicitly.
    process.exit(code);
  }
}

function runRpcServer(options) {
  const server = new RpcServer(new EngineHost(options));
  server.start();
  return server;
}

module.exports = { runRpcServer };
