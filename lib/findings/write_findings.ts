import { join } from "node:path";
import { OUT_DIR } from "../io/paths.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { Finding } from "./finding.ts";
import { findingsMarkdown } from "./findings_markdown.ts";

/** Options for {@linkcode writeFindings}. */
export interface WriteFindingsOptions {
  /** The folder to write to, created if missing; defaults to the toolkit's `out/`. */
  dir?: string;
}

/** Where {@linkcode writeFindings} wrote. */
export interface WrittenFindings {
  /** The JSON file, `findings.json`. */
  json: string;
  /** The Markdown report, `findings.md`. */
  markdown: string;
}

/**
 * Writes `findings.json` (an array of objects with exactly the fields of {@linkcode Finding}, in
 * its order) and `findings.md` ({@linkcode findingsMarkdown}). Each file is written to a
 * temporary file beside it and renamed into place (`writeFileAtomic()`), so a reader never sees
 * half a file.
 *
 * @param findings The findings.
 * @param options The folder.
 * @returns The paths written.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runFindings, writeFindings } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const { json } = await writeFindings(await runFindings(), { dir: `${dir}/out` });
 * const written = JSON.parse(await Deno.readTextFile(json));
 * assert.deepEqual(Object.keys(written[0]), [
 *   "id", "claim", "source", "stated", "computed", "difference", "unit", "tolerance", "status",
 *   "coverage", "bounds", "checks", "note",
 * ]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function writeFindings(
  findings: readonly Finding[],
  options: WriteFindingsOptions = {},
): Promise<WrittenFindings> {
  const dir = options.dir ?? OUT_DIR;
  const records = findings.map((f) => ({
    id: f.id,
    claim: f.claim,
    source: { seed: f.source.seed, line: f.source.line },
    stated: f.stated,
    computed: f.computed,
    difference: f.difference,
    unit: f.unit,
    tolerance: f.tolerance,
    status: f.status,
    coverage: f.coverage,
    bounds: f.bounds === null ? null : { low: f.bounds.low, high: f.bounds.high },
    checks: f.checks.map(({ name, passed, text }) => ({ name, passed, text })),
    note: f.note,
  }));
  const written = { json: join(dir, "findings.json"), markdown: join(dir, "findings.md") };
  await writeFileAtomic(written.json, JSON.stringify(records, null, 2) + "\n");
  await writeFileAtomic(written.markdown, findingsMarkdown(findings));
  return written;
}
