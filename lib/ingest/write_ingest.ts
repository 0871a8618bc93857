import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { figuresToCsv } from "./figures_to_csv.ts";
import type { TotalCheck } from "./check_totals.ts";
import type { IngestResult } from "./types.ts";

/** Options for {@linkcode writeIngest}. */
export interface WriteIngestOptions {
  /** `csv` (default): figures as CSV plus a JSON of metadata, tables and warnings; `json`: one file. */
  format?: "csv" | "json";
  /** The file name stem; default the result's source without its folder and extension. */
  basename?: string;
  /** Total checks to write alongside, from `checkTotals()`. */
  checks?: readonly TotalCheck[];
}

/**
 * Writes what {@linkcode ingest} read to a folder, each file atomically (written to a temporary
 * file beside it, then renamed), so a reader never sees half a file. With `csv`:
 * `<basename>.figures.csv` and `<basename>.tables.json` (`{ metadata, tables, warnings, checks? }`);
 * with `json`: `<basename>.json` holding everything.
 *
 * @param result What `ingest()` returned.
 * @param dir The output folder, created when missing.
 * @param options The format, the file name stem, and total checks to include.
 * @returns The paths written.
 * @throws {RangeError} When `format` is not `csv` or `json`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ingest, writeIngest } from "./mod.ts";
 *
 * const dir = await Deno.makeTempDir();
 * const paths = await writeIngest(ingest("Cost: £5k", { source: "in/reply.txt" }), dir);
 * assert.deepEqual(paths, [`${dir}/reply.figures.csv`, `${dir}/reply.tables.json`]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeIngest(
  result: IngestResult,
  dir: string,
  options: WriteIngestOptions = {},
): Promise<string[]> {
  const format = options.format ?? "csv";
  if (format !== "csv" && format !== "json") {
    throw new RangeError(`Cannot write ingest output as "${format}": expected csv or json`);
  }
  const base = `${dir.replace(/\/$/, "")}/${options.basename ?? stem(result.metadata.source)}`;
  const extra = options.checks ? { checks: options.checks } : {};
  if (format === "json") {
    await writeFileAtomic(`${base}.json`, json({ ...result, ...extra }));
    return [`${base}.json`];
  }
  const { metadata, tables, warnings } = result;
  await writeFileAtomic(`${base}.figures.csv`, figuresToCsv(result.figures));
  await writeFileAtomic(`${base}.tables.json`, json({ metadata, tables, warnings, ...extra }));
  return [`${base}.figures.csv`, `${base}.tables.json`];
}

function stem(source: string): string {
  const name = source.split(/[/\\]/).pop() || "document";
  return name.replace(/\.[^.]+$/, "") || name;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
