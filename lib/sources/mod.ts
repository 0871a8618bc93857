/**
 * Bringing your own documents: `addSource()` copies a PDF, Word, text, markdown or HTML FOI
 * response into `seeds/user/` with its manifest entry and writes a review file of the figures
 * `ingest()` proposes; `acceptSource()` turns the reviewed rows into a dataset in `data/` that
 * `load()` and `catalog()` list; `userFindingDefinitions()` makes each stated total a finding;
 * `checkSources()` is what `deno task reproduce` checks of them.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { acceptSource, addSource } from "./mod.ts";
 *
 * const dir = await Deno.makeTempDir();
 * await Deno.writeTextFile(
 *   `${dir}/reply.txt`,
 *   "Service\t2023/24\nHarbour Refuge\t£120,500\nHelpline\t£48,000\nTotal\t£168,500\n",
 * );
 * const options = {
 *   userSeeds: `${dir}/seeds/user`,
 *   data: `${dir}/data`,
 *   namesFile: `${dir}/user_dataset_names.ts`,
 * };
 * await addSource(`${dir}/reply.txt`, { ...options, id: "reply" });
 * const accepted = await acceptSource("reply", options);
 * assert.deepEqual(accepted.rows.map((r) => r.value), [120500, 48000, 168500]);
 * assert.deepEqual(accepted.findings, [{ id: "reply-f3", expected: "reproduced" }]);
 * await Deno.remove(dir, { recursive: true });
 * ```
 *
 * @module
 */
export * from "./add_source.ts";
export * from "./accept_source.ts";
export {
  formatReview,
  parseReview,
  REVIEW_COLUMNS,
  type ReviewColumn,
  type ReviewRow,
} from "./review_file.ts";
export * from "./user_findings.ts";
export type { SourceAccepted, SourceInfo } from "../data/sources_manifest.ts";
export type * from "../datasets/row_types.ts";
export { type Unit, UNITS } from "../datasets/schema.ts";
export type * from "../ingest/types.ts";
export type * from "../findings/finding.ts";
export type { FigurePrecision } from "../analysis/stated_tolerance.ts";
export type { ReconcilePart } from "../analysis/reconcile_figure.ts";
export * from "./check_sources.ts";
export * from "./new_notebook.ts";
