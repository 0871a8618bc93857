// Private to lib/scale: the packages it loads on first use, flechette for Arrow IPC and
// hyparquet(-writer) for Parquet, so a program reading only CSV never loads them.
//
// Writing Arrow a batch at a time needs flechette's IPC encoder, which its entry does not export
// (`tableToIPC` takes a whole table in memory). Its modules are imported from the pinned version
// by path, typed by the declarations flechette ships beside them (dist/types), so a version
// that changes them fails `deno check` (tests/scale covers writing and reading back, in
// flechette and in Arquero).
const FLECHETTE_SOURCE = "npm:@uwdata/flechette@2.6.0/src/";

/** @uwdata/flechette, imported on the first call. */
export function loadFlechette(): Promise<typeof import("npm:@uwdata/flechette@2.6.0")> {
  return import("npm:@uwdata/flechette@2.6.0");
}

/** hyparquet, imported on the first call. */
export function loadParquetReader(): Promise<typeof import("npm:hyparquet@1.31.5")> {
  return import("npm:hyparquet@1.31.5");
}

/** hyparquet-writer, imported on the first call. */
export function loadParquetWriter(): Promise<typeof import("npm:hyparquet-writer@0.17.0")> {
  return import("npm:hyparquet-writer@0.17.0");
}

/** Node's crypto module, for a SHA-256 fed a chunk at a time (crypto.subtle takes it whole). */
export function loadNodeCrypto(): Promise<typeof import("node:crypto")> {
  return import("node:crypto");
}

/** The parts of flechette's IPC encoder used to write a file, typed by its own declarations. */
export type ArrowEncoder =
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/builder.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/message.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/schema.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/dictionary-batch.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/record-batch.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/footer.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/encode/sink.d.ts")
  & typeof import("npm:@uwdata/flechette@2.6.0/dist/types/constants.d.ts");

const ENCODER = [
  "builder",
  "message",
  "schema",
  "dictionary-batch",
  "record-batch",
  "footer",
  "sink",
];

/** flechette's IPC encoder (src/encode/ and src/constants.js), imported on the first call. */
export async function loadArrowEncoder(): Promise<ArrowEncoder> {
  const paths = [...ENCODER.map((name) => `encode/${name}.js`), "constants.js"];
  const modules = await Promise.all(paths.map((path) => import(FLECHETTE_SOURCE + path)));
  return Object.assign({}, ...modules);
}
