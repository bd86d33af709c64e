'use strict';
// stdout/stderr discipline for the bridge.
//
// The Prisma CLI reads the engine's stdout line by line as JSON-RPC, so a single stray
// `console.log` from any library would corrupt the protocol. It reads stderr as JSON log lines
// (`{level, target, fields: {message, …}}`): in RPC mode it ignores lines that do not parse, but
// in `cli …` mode it throws on the first one. So: keep a private handle on stdout for the RPC
// writer, and turn everything else (console.*, process.stdout.write, process warnings) into JSON
// log lines on stderr.

const util = require('node:util');

const TARGET = 'prisma_engine_bridge';
const rawStdoutWrite = process.stdout.write.bind(process.stdout);
const rawStderrWrite = process.stderr.write.bind(process.stderr);

function logLine(level, message, extraFields = {}, target = TARGET) {
  const line = JSON.stringify({ level, target, fields: { message: String(message), ...extraFields } });
  rawStderrWrite(line + '\n');
}

/** Writes one JSON-RPC message on the real stdout. The only legitimate stdout writer. */
function writeRpc(message) {
  rawStdoutWrite(JSON.stringify(message) + '\n');
}

/** Forwards a line the wasm engine logged (already JSON) to stderr, one object per line. */
function forwardEngineLog(text) {
  for (const line of String(text).split('\n')) {
    if (line.trim() !== '') rawStderrWrite(line + '\n');
  }
}

function install() {
  // If the CLI has gone away, writes to our pipes fail with EPIPE; there is nobody left to tell,
  // and an unhandled stream error would turn cleanup into a crash loop.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  const toLog = (level) => (...args) => logLine(level, util.format(...args));
  console.log = toLog('INFO');
  console.info = toLog('INFO');
  console.debug = toLog('DEBUG');
  console.trace = toLog('DEBUG');
  console.warn = toLog('WARN');
  console.error = toLog('ERROR');
  // Anything that writes to stdout directly ends up on stderr, wrapped.
  process.stdout.write = (chunk, encoding, callback) => {
    const text = Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    if (text.trim() !== '') logLine('INFO', text.replace(/\n$/, ''), { redirectedFromStdout: true });
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  // Node prints warnings (experimental features, deprecations) as plain text on stderr,
  // which would break the CLI's stderr parser in `cli` mode.
  process.emitWarning = (warning) => {
    logLine('WARN', warning instanceof Error ? warning.message : String(warning));
  };
}

/** Resolves once everything written so far to stdout and stderr has been flushed. */
function flush() {
  return Promise.all([
    new Promise((resolve) => rawStdoutWrite('', () => resolve())),
    new Promise((resolve) => rawStderrWrite('', () => resolve())),
  ]);
}

module.exports = { install, logLine, writeRpc, forwardEngineLog, flush };
