import type { Provenance } from "../datasets/schema.ts";
import type { FindingSource } from "./finding.ts";
import { formatValue } from "../format/format_value.ts";
import { listInWords } from "../format/options.ts";

/** The one row that matches; a definition that matches none or several is wrong, so it throws. */
export function only<Row>(rows: readonly Row[], what: string): Row {
  if (rows.length !== 1) {
    throw new RangeError(`Cannot find "${what}": ${rows.length} rows match, expected 1`);
  }
  return rows[0];
}

/** At least one row; an empty selection means the definition or the data has changed. */
export function some<Row>(rows: readonly Row[], what: string): readonly Row[] {
  if (rows.length === 0) throw new RangeError(`Cannot find "${what}": no rows match`);
  return rows;
}

/** Where a row comes from, as a finding's source. */
export function sourceOf(row: Provenance): FindingSource {
  return { seed: row.seed, line: row.line };
}

/** The lines of some rows for a note: `lines 43–45` or `lines 165 and 167`. */
export function linesOf(rows: readonly Pick<Provenance, "line">[]): string {
  return lineList(rows.map((r) => r.line));
}

/** Line numbers for a note, runs as ranges: `line 81`, `lines 43–45`, `lines 153–176 and 178`. */
export function lineList(numbers: readonly number[]): string {
  const lines = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    runs.push(j === i ? `${lines[i]}` : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return `${lines.length === 1 ? "line" : "lines"} ${listInWords(runs)}`;
}

/** The first to the last line of some rows, for a table's column: `lines 108–176`. */
export function lineSpan(rows: readonly Pick<Provenance, "line">[]): string {
  const lines = rows.map((r) => r.line);
  const [first, last] = [Math.min(...lines), Math.max(...lines)];
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/** Numbers joined as a sum for a note: `352 + 284 + 331 + 384`. */
export function sumText(values: readonly (number | null)[]): string {
  return values.map((v) => v === null ? "(none)" : formatValue(v, "number"))
    .join(" + ");
}

/** Some rows' lines and their values as a sum, for a note: `(lines 79–80): 352 + 284`. */
export function summed(
  rows: readonly (Pick<Provenance, "line"> & { value: number | null })[],
): string {
  return `(${linesOf(rows)}): ${sumText(rows.map((r) => r.value))}`;
}

/** A row's figure as a finding's stated figure, with where it is stated. */
export function statedBy(row: Provenance & { value: number | null }) {
  return { source: sourceOf(row), stated: row.value };
}
