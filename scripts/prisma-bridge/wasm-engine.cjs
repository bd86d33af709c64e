'use strict';
// Loads the WebAssembly schema engine that matches the installed Prisma CLI.
//
// The wasm binary comes from the `prisma` package itself (build/schema_engine_bg.wasm): its
// version() is the CLI's engine hash, so it speaks exactly the protocol this CLI expects. The
// JS glue comes from @prisma/schema-engine-wasm, whose import names match that binary. The glue
// package's own entry point imports the `.wasm` file as an ES module, which Node 20 cannot do, so
// we instantiate by hand.

const fs = require('node:fs');
const path = require('node:path');

let lastPanicMessage = null;

// The wasm engine reports a Rust panic by calling this global before trapping. Without it, Node
// crashes with a TypeError and the panic message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

/** Returns (and clears) the message of the last wasm panic, if any. */
function takePanicMessage() {
  const message = lastPanicMessage;
  lastPanicMessage = null;
  return message;
}

let gluePromise = null;

function locateWasm() {
  // `require.resolve('prisma')` fails: the package's `exports` block has no plain entry for it.
  const prismaDir = path.dirname(require.resolve('prisma/package.json'));
  return path.join(prismaDir, 'build', 'schema_engine_bg.wasm');
}

/** Loads and instantiates the engine once; resolves to the glue module (SchemaEngine, version). */
function loadSchemaEngine() {
  if (!gluePromise) {
    gluePromise = (async () => {
      // The glue is an ES module; dynamic import works from CommonJS on every Node 20.
      const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
      const bytes = fs.readFileSync(locateWasm());
      const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
        './schema_engine_bg.js': glue,
      });
      glue.__wbg_set_wasm(instance.exports);
      instance.exports.__wbindgen_start();
      return glue;
    })();
  }
  return gluePromise;
}

module.exports = { loadSchemaEngine, takePanicMessage, locateWasm };
