// Private to lib/scale: the packages it loads on first use, flechette for Arrow IPC and
// hyparquet(-writer) for Parquet. Each is imported by a name held in a constant, not a literal:
// Deno prepares the npm package of every literal `import("…")` when a program starts, which cost
// about 9 ms of every `deno run` importing the toolkit, called or not. The types are still the
// packages' own, and the names resolve through deno.json's import map as before.
const FLECHETTE = "npm:@uwdata/flechette@2.6.0";
const PARQUET_READER = "npm:hyparquet@1.31.5";
const PARQUET_WRITER = "npm:hyparquet-writer@0.17.0";

/** @uwdata/flechette, imported on the first call. */
export function loadFlechette(): Promise<typeof import("npm:@uwdata/flechette@2.6.0")> {
  return import(FLECHETTE);
}

/** hyparquet, imported on the first call. */
export function loadParquetReader(): Promise<typeof import("npm:hyparquet@1.31.5")> {
  return import(PARQUET_READER);
}

/** hyparquet-writer, imported on the first call. */
export function loadParquetWriter(): Promise<typeof import("npm:hyparquet-writer@0.17.0")> {
  return import(PARQUET_WRITER);
}
