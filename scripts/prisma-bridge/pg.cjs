'use strict';
// PostgreSQL side of the bridge: the driver adapter handed to the wasm engine, its shadow
// database, plain `pg` helpers for `cli create-database`, and error classification.

const crypto = require('node:crypto');
const pg = require('pg');
const { PrismaPg } = require('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = require('@prisma/driver-adapter-utils');

// Don't hang for minutes on a black-holed host; the native engine gives up after a few seconds too.
const CONNECT_TIMEOUT_MS = 15_000;

// --- URLs -------------------------------------------------------------------------------------

function databaseName(url) {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres';
}

function urlWithDatabase(url, name) {
  const parsed = new URL(url);
  parsed.pathname = '/' + encodeURIComponent(name);
  return parsed.toString();
}

function hostAndPort(url) {
  const parsed = new URL(url);
  return `${parsed.hostname || 'localhost'}:${parsed.port || 5432}`;
}

function quoteIdent(name) {
  return '"' + String(name).replace(/"/g, '""') + '"';
}

function poolConfig(url) {
  return { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
}

/** Runs statements on a short-lived plain connection (not through the engine). */
async function withClient(url, fn) {
  const client = new pg.Client(poolConfig(url));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropDatabase(adminUrl, name) {
  await withClient(adminUrl, async (client) => {
    try {
      // FORCE (PostgreSQL ≥ 13) also ends sessions a pool may still hold open.
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (error) {
      if (error.code !== '42601') throw error; // syntax error: server older than 13
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

/**
 * A shadow database is reset and rebuilt by the engine, so it must really be a different database.
 * PGlite served over TCP has a single database and session: any database name in the URL lands
 * in `postgres`, i.e. the main database. Check where a connection actually lands before use.
 */
async function assertLandsIn(url, expectedName) {
  const actual = await withClient(url, async (client) => (await client.query('SELECT current_database() AS name')).rows[0].name);
  if (actual !== expectedName) {
    throw new Error(
      `prisma-engine-bridge: a connection to database "${expectedName}" landed in "${actual}": this server ignores ` +
        'the database name (an embedded PGlite serves one database), so it cannot host a shadow database. ' +
        'Create migrations with `prisma migrate dev` against a PostgreSQL server; apply them here with `prisma migrate deploy`.',
    );
  }
}

// --- trap: the internal type "char" (oid 18) ---------------------------------------------------
// The engine's describer reads pg_catalog columns of type "char" (pg_constraint.contype,
// pg_class.relkind, …). @prisma/adapter-pg maps column types by oid, has no mapping for 18 and
// fails with "Column type 'char' could not be deserialized". Reporting it as text (oid 25) gets
// past the adapter, but the describer then reads e.g. `constraint_type` *as a char* and panics as
// soon as a table has a CHECK constraint. So: let pg treat the column as text (a "char" value's
// text form is the character itself) and tell the engine its type is Character.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function reportCharColumnsAsCharacter(queryable) {
  const charColumns = new WeakMap(); // query → indices of "char" columns in its result
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indices = [];
    (result.fields || []).forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indices.push(index);
      }
    });
    if (indices.length > 0) charColumns.set(query, indices);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumns.get(query) || []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
  return queryable;
}

// --- trap: scripts split on ';' ---------------------------------------------------------------------
/**
 * PrismaPg's executeScript splits the script on every ';' and sends the pieces one by one. That
 * breaks any migration containing a function body ($$ … ; … $$), and runs a migration outside
 * a transaction. The native engine sends the whole script as one simple-protocol query, which
 * PostgreSQL runs as a single implicit transaction; do the same.
 */
function sendScriptsWhole(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script); // no parameters → simple query protocol
    } catch (error) {
      adapter.onError(error); // rethrows as DriverAdapterError, as PrismaPg does
    }
  };
  return adapter;
}

/** A PrismaPg adapter with both traps above worked around (transactions included). */
function patchAdapter(adapter) {
  sendScriptsWhole(reportCharColumnsAsCharacter(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => reportCharColumnsAsCharacter(await startTransaction(...args));
  return adapter;
}

// --- the driver adapter -------------------------------------------------------------------------

function pgAdapterOptions(url) {
  // `?schema=` in a Prisma URL selects the schema; PrismaPg takes it as an option instead.
  const schema = new URL(url).searchParams.get('schema');
  return schema ? { schema } : undefined;
}

/**
 * A migration-aware factory around PrismaPg. Its own connectToShadowDb() in 7.10.1 is unusable:
 * it points the shadow pool at the *main* database (pg lets `connectionString` win over
 * `database`) and drops the shadow database before closing that pool. Here the shadow database
 * is a temporary database reached through a URL of its own, dropped after its pool is closed.
 */
class ShadowAwarePgFactory {
  constructor({ url, shadowDatabaseUrl }) {
    this.url = url;
    this.shadowDatabaseUrl = shadowDatabaseUrl;
    this.main = new PrismaPg(poolConfig(url), pgAdapterOptions(url));
    this.provider = this.main.provider;
    this.adapterName = this.main.adapterName;
    this.temporaryDatabases = new Set();
  }

  async connect() {
    return patchAdapter(await this.main.connect());
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      // A configured shadow database is the user's: use it, never create or drop it.
      const sameServer = hostAndPort(this.shadowDatabaseUrl) === hostAndPort(this.url);
      if (sameServer && databaseName(this.shadowDatabaseUrl) === databaseName(this.url)) {
        throw new Error('prisma-engine-bridge: the shadow database URL points at the main database');
      }
      await assertLandsIn(this.shadowDatabaseUrl, databaseName(this.shadowDatabaseUrl));
      const factory = new PrismaPg(poolConfig(this.shadowDatabaseUrl), pgAdapterOptions(this.shadowDatabaseUrl));
      return patchAdapter(await factory.connect());
    }
    const name = `prisma_shadow_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await withClient(this.url, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    this.temporaryDatabases.add(name);
    const shadowUrl = urlWithDatabase(this.url, name);
    try {
      await assertLandsIn(shadowUrl, name);
    } catch (error) {
      await this.dropTemporaryDatabase(name).catch(() => {});
      throw error;
    }
    const adapter = patchAdapter(await new PrismaPg(poolConfig(shadowUrl), pgAdapterOptions(shadowUrl)).connect());
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await this.dropTemporaryDatabase(name);
    };
    return adapter;
  }

  async dropTemporaryDatabase(name) {
    if (!this.temporaryDatabases.has(name)) return;
    this.temporaryDatabases.delete(name);
    await dropDatabase(this.url, name);
  }

  /** Drops shadow databases the engine did not dispose of (bridge stopped mid-command). */
  async cleanup() {
    for (const name of [...this.temporaryDatabases]) {
      await this.dropTemporaryDatabase(name).catch(() => {});
    }
  }
}

function createAdapterFactory(datasource) {
  const raw = new ShadowAwarePgFactory(datasource);
  const bound = bindMigrationAwareSqlAdapterFactory(raw);
  return { bound, cleanup: () => raw.cleanup() };
}

/**
 * A stand-in used only for diffs between Prisma schemas and/or the empty schema, which the native
 * engine computes without a database. The wasm engine still probes its adapter once when it
 * starts (namespace check and server version); answer that probe and refuse everything else.
 */
function createOfflineAdapterFactory() {
  const refuse = async () => {
    throw new Error('prisma-engine-bridge: this operation needs a database connection (offline schema-only engine)');
  };
  const adapter = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    queryRaw: async (query) => {
      if (!/\bversion\(\)/.test(query.sql)) return refuse();
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15.0 (prisma-engine-bridge offline)', 150000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => {},
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => adapter,
    connectToShadowDb: refuse,
  });
}

// --- errors -------------------------------------------------------------------------------------

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);

/** Maps a `pg` connection error to the Prisma error code and message the CLI understands. */
function classifyConnectionError(error, url) {
  const where = hostAndPort(url);
  if (error.code === '3D000') {
    return { errorCode: 'P1003', message: `Database \`${databaseName(url)}\` does not exist on the database server at \`${where}\`.` };
  }
  if (error.code === '28P01' || error.code === '28000') {
    const user = decodeURIComponent(new URL(url).username || 'postgres');
    return { errorCode: 'P1000', message: `Authentication failed against database server at \`${where}\`, the provided database credentials for \`${user}\` are not valid.` };
  }
  if (UNREACHABLE_CODES.has(error.code) || /timeout|terminated|Too many connections/i.test(error.message || '')) {
    return { errorCode: 'P1001', message: `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`. (${error.code || error.message})` };
  }
  return { errorCode: undefined, message: error.message || String(error) };
}

/** Best-effort Prisma error code for an error message coming out of the wasm engine. */
function inferErrorCode(message) {
  if (/^Can't reach database server/m.test(message)) return 'P1001';
  if (/^Database `[^`]*` does not exist/m.test(message)) return 'P1003';
  if (/^Authentication failed/m.test(message)) return 'P1000';
  return undefined;
}

module.exports = {
  createAdapterFactory,
  createOfflineAdapterFactory,
  classifyConnectionError,
  inferErrorCode,
  databaseName,
  urlWithDatabase,
  withClient,
  quoteIdent,
};
