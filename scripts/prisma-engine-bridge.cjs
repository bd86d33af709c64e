#!/usr/bin/env node
'use strict';
// Offline stand-in for Prisma's native `schema-engine` binary.
//
// Prisma 7's CLI downloads a native schema engine from a CDN before any migrate command; on a
// closed network that fails. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here instead,
// and this script forwards the CLI's JSON-RPC to the WebAssembly schema engine shipped inside
// the `prisma` package, talking to PostgreSQL through @prisma/adapter-pg + pg.
// Why and how: docs/decisions/003-offline-prisma-bridge.md.
//
// Invocations (what the CLI does):
//   bridge --version                                  → "schema-engine-cli <hash>" on stdout
//   bridge --datasource <json> cli <command>          → one-shot: can-connect-to-database, create-database
//   bridge [--datamodels <file>]… [--datasource <json>] → JSON-RPC on stdin/stdout until stdin closes

const stdio = require('./prisma-bridge/stdio.cjs');

function parseArgs(argv) {
  const options = { datamodelPaths: [], datasource: undefined, cliCommand: undefined, version: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--datamodels') options.datamodelPaths.push(argv[++i]);
    else if (arg === '--datasource') options.datasource = JSON.parse(argv[++i]);
    else if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === 'cli') options.cliCommand = argv[++i];
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i += 1; // not used by the wasm engine
    else stdio.logLine('WARN', `prisma-engine-bridge: ignoring unknown argument ${arg}`);
  }
  return options;
}

async function printVersion() {
  const { loadSchemaEngine } = require('./prisma-bridge/wasm-engine.cjs');
  const glue = await loadSchemaEngine();
  process.stdout.write(`schema-engine-cli ${glue.version()}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.version) return printVersion(); // the only output on stdout that is not JSON-RPC

  // From here on, stdout carries JSON-RPC only.
  stdio.install();
  if (options.cliCommand) {
    const { runCliCommand } = require('./prisma-bridge/cli-mode.cjs');
    const code = await runCliCommand(options.cliCommand, options.datasource);
    await stdio.flush();
    process.exit(code); // pg may leave sockets open; don't wait for them
  }
  rpcServer = require('./prisma-bridge/rpc-server.cjs').runRpcServer(options);
}

let rpcServer = null;

// Never die silently: on a crash the CLI may print nothing and exit 0. A crash after a Rust panic
// exits 101, like the native engine. The RPC server also answers the pending request and drops
// temporary shadow databases first.
async function crash(error) {
  if (rpcServer) return rpcServer.fatal(error);
  const { takePanicMessage } = require('./prisma-bridge/wasm-engine.cjs');
  const panic = takePanicMessage();
  stdio.logLine('ERROR', panic ?? `prisma-engine-bridge crashed: ${error?.stack ?? error}`, panic ? { is_panic: true } : {});
  await stdio.flush();
  process.exit(panic ? 101 : 1);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
main().catch(crash);
