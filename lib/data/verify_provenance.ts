import type { Provenance } from "../datasets/schema.ts";
import type { Cited } from "./cite.ts";
import { readFigure } from "./read_figure.ts";

/** A row whose figure cannot be traced to the source line it cites (its `seed` and `line`). */
export interface ProvenanceIssue extends Pick<Cited, "seed" | "line"> {
  /** The 1-based row of the dataset. */
  row: number;
  /** What does not match. */
  message: string;
}

/** The provenance columns of a row, and its figure when it has one. */
export interface TraceableRow extends Provenance {
  /** The figure, when the dataset has one. */
  value?: number | null;
  /** The figure's unit, when the dataset has one. */
  unit?: string;
}

/**
 * Checks that every row can be traced to its source: the cited line exists, the row's source
 * text (`raw`) is on it, and that text reads back as the row's value in the row's unit.
 *
 * @param rows The rows of one dataset.
 * @param seeds The text of each seed file, by file name.
 * @returns Every problem found (none means every row is traceable).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { verifyProvenance } from "./mod.ts";
 * const seeds = new Map([["doc.txt", "Funding\n2021/2022\t£561,813"]]);
 * const ok = { seed: "doc.txt", line: 2, raw: "£561,813", value: 561813, unit: "GBP" };
 * assert.deepEqual(verifyProvenance([ok], seeds), []);
 * const wrong = { ...ok, value: 561812 };
 * assert.match(verifyProvenance([wrong], seeds)[0].message, /reads as 561813, not 561812/);
 * ```
 */
export function verifyProvenance(
  rows: readonly TraceableRow[],
  seeds: ReadonlyMap<string, string>,
): ProvenanceIssue[] {
  const lines = new Map([...seeds].map(([file, text]) => [file, text.split("\n")]));
  const issues: ProvenanceIssue[] = [];
  rows.forEach((row, i) => {
    const issue = (message: string) =>
      issues.push({ row: i + 1, seed: row.seed, line: row.line, message });
    const text = lines.get(row.seed)?.[row.line - 1];
    if (text === undefined) {
      issue(`No line ${row.line} in seed "${row.seed}"`);
      return;
    }
    if (row.raw === null) {
      if (row.value !== undefined && row.value !== null) {
        issue(`Value ${row.value} has no source text`);
      }
      return;
    }
    if (!text.includes(row.raw)) {
      issue(`"${row.raw}" is not on line ${row.line}`);
      return;
    }
    if (row.value === undefined || row.value === null || row.unit === undefined) return;
    const read = readFigure(row.raw, row.unit).value;
    if (read !== row.value) issue(`"${row.raw}" reads as ${read}, not ${row.value}`);
  });
  return issues;
}
