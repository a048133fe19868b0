import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineRuntime from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PGLITE_EXTENSIONS } from "../pglite-extensions";

type Runtime = typeof SchemaEngineRuntime;
type SchemaEngine = SchemaEngineRuntime.SchemaEngine;

let runtime: Promise<Runtime> | undefined;

/**
 * The package's own entry point imports the .wasm file as an ES module, which Node 20 cannot do, so the
 * JavaScript glue is imported alone and the WebAssembly module instantiated by hand.
 */
function loadRuntime(): Promise<Runtime> {
  runtime ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as Runtime & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const wasm = await WebAssembly.compile(await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return runtime;
}

export interface EngineSession {
  engine: SchemaEngine;
  /** The last error a shadow database raised: the engine itself only reports "External error id#0". */
  lastShadowError(): Error | undefined;
  close(): Promise<void>;
}

/**
 * A schema engine backed by one throwaway in-memory PGlite database: `diff` from a migrations directory replays
 * the migrations into it as its shadow database and compares the result with the schema, with no server.
 */
export async function startSchemaEngine(schemaPath: string, schemaText: string): Promise<EngineSession> {
  const { SchemaEngine } = await loadRuntime();
  // The engine opens a "main" database only to ask its version, and the shadow database for the replay.
  // One instance serves both: creating a PGlite database costs seconds, and nothing here outlives the engine.
  const pglite = new PGlite({ extensions: PGLITE_EXTENSIONS });
  let lastShadowError: Error | undefined;

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "interchange-pglite-in-memory",
    connect: () => new PrismaPGlite(pglite).connect(),
    connectToShadowDb: async () => {
      const adapter = await new PrismaPGlite(pglite).connect();
      // pglite-prisma-adapter fires the script without awaiting it, so a failing migration would go unnoticed.
      adapter.executeScript = async (script) => {
        try {
          await pglite.exec(script);
        } catch (error) {
          lastShadowError = error instanceof Error ? error : new Error(String(error));
          throw error;
        }
      };
      return adapter;
    },
  };

  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    lastShadowError: () => lastShadowError,
    close: async () => {
      engine.free();
      await pglite.close();
    },
  };
}
