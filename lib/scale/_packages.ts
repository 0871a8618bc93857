// Private to lib/scale: the packages it loads on first use, flechette for Arrow IPC and
// hyparquet(-writer) for Parquet. Each is imported by a name held in a constant, not a literal:
// Deno prepares the npm package of every literal `import("…")` when a program starts, which cost
// about 9 ms of every `deno run` importing the toolkit, called or not. The types are still the
// packages' own, and the names resolve through deno.json's import map as before.
const FLECHETTE = "@uwdata/flechette";
const PARQUET_READER = "hyparquet";
const PARQUET_WRITER = "hyparquet-writer";

/** @uwdata/flechette, imported on the first call. */
export function loadFlechette(): Promise<typeof import("@uwdata/flechette")> {
  return import(FLECHETTE);
}

/** hyparquet, imported on the first call. */
export function loadParquetReader(): Promise<typeof import("hyparquet")> {
  return import(PARQUET_READER);
}

/** hyparquet-writer, imported on the first call. */
export function loadParquetWriter(): Promise<typeof import("hyparquet-writer")> {
  return import(PARQUET_WRITER);
}
