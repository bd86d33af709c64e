'use strict';
// `schema-engine --datasource <json> cli <command>`: one-shot commands the Prisma CLI runs before
// most migrate commands (can-connect-to-database) and to create a missing database
// (create-database, after P1003).
//
// Contract (read from the CLI): exit 0 means success. On failure, the CLI skips the first stderr
// line and parses every further line as JSON, looking for
// {level: "ERROR", target: "schema_engine::logger", fields: {error_code, message}}.
// The wasm engine has no createDatabase and connects at construction, so these are done with
// plain `pg`, which also gives us real SQLSTATEs to classify.

const { logLine } = require('./stdio.cjs');
const { classifyConnectionError, databaseName, urlWithDatabase, withClient, quoteIdent } = require('./pg.cjs');

function reportFailure(errorCode, message) {
  const fields = { message };
  if (errorCode) fields.error_code = errorCode;
  logLine('ERROR', message, fields, 'schema_engine::logger');
}

async function canConnect(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

async function createDatabase(url) {
  const name = databaseName(url);
  // Connect to a maintenance database on the same server; `postgres` normally exists,
  // `template1` always does.
  let lastError;
  for (const maintenance of ['postgres', 'template1']) {
    try {
      await withClient(urlWithDatabase(url, maintenance), (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      return;
    } catch (error) {
      if (error.code === '42P04') return; // duplicate_database: someone else was faster; fine
      lastError = error;
      if (error.code !== '3D000') break; // only retry when the maintenance database is missing
    }
  }
  throw lastError;
}

const COMMANDS = {
  'can-connect-to-database': canConnect,
  'create-database': createDatabase,
};

/** Runs a `cli` command; resolves to the process exit code. */
async function runCliCommand(command, datasource) {
  // The CLI ignores the first stderr line (the native engine prints a banner there).
  logLine('INFO', `prisma-engine-bridge cli ${command}`);
  const handler = COMMANDS[command];
  if (!handler) {
    reportFailure(undefined, `prisma-engine-bridge: unsupported cli command \`${command}\``);
    return 1;
  }
  if (!datasource || !datasource.url) {
    reportFailure(undefined, 'prisma-engine-bridge: no datasource URL was passed (--datasource)');
    return 1;
  }
  try {
    await handler(datasource.url);
    return 0;
  } catch (error) {
    const { errorCode, message } = classifyConnectionError(error, datasource.url);
    reportFailure(errorCode, message);
    return 1;
  }
}

module.exports = { runCliCommand };
