// Private to lib/ingest: which leading rows of a table are its header, and each column's name.
// A header row holds no figures (years and quarters may head columns); several header rows are
// one multi-line header. A cell spanning several columns is a group heading ("Funding (£)" over
// "Initial" and "Extension") and is joined to the names below it with " — "; otherwise the
// header lines are one name that wrapped and are joined with a space.
import type { RawCell } from "./_raw_table.ts";
import { readCell } from "./_read_cell.ts";
import { moneyUnit } from "./_column_type.ts";

const FIGURE_KINDS = new Set(["money", "count", "percent", "number", "missing", "bad"]);
const MAX_HEADER_ROWS = 4;

/** How many leading rows are the header, when the markup does not say. */
export function headerRowCount(rows: readonly RawCell[][]): number {
  let n = 0;
  while (n < Math.min(rows.length - 1, MAX_HEADER_ROWS) && isHeaderRow(rows[n])) n++;
  const bodyHasFigures = rows.slice(n).some((row) => row.some(isFigure));
  if (n === 0 || bodyHasFigures) return n;
  return 1;
}

function isHeaderRow(row: readonly RawCell[]): boolean {
  const filled = row.filter((cell) => cell.text !== "");
  return filled.length > 0 && !filled.some(isFigure);
}

function isFigure(cell: RawCell): boolean {
  const kind = readCell(cell.text).kind;
  if (kind === "bad" && declaresUnit(cell.text)) return false;
  return FIGURE_KINDS.has(kind) && !(kind === "count" && /^(?:19|20)\d\d$/.test(cell.text.trim()));
}

// "Spend (£000)", "£000", "(£00)" name a column's unit; "£31,78" is a malformed amount.
function declaresUnit(text: string): boolean {
  const { unit, warning } = moneyUnit(text);
  return unit !== null && (warning === null || /[a-z]/i.test(text));
}

/**
 * A merged header cell exported to text keeps its words in its first column only ("\t2022/23\t\t
 * 2023/24\t" over "Spend\tClients\tSpend\tClients"): in every header row but the last, an empty
 * cell after a filled one is taken as part of it.
 */
export function filledRight(header: readonly RawCell[][]): RawCell[][] {
  return header.map((row, r) => {
    if (r === header.length - 1) return [...row];
    const out: RawCell[] = [];
    for (const cell of row) {
      const left = out.at(-1);
      out.push(cell.text === "" && left && left.text !== "" ? { ...left, spanned: true } : cell);
    }
    return out;
  });
}

/** The name of each column, from the header rows (top first). */
export function columnNames(header: readonly RawCell[][], width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    let name = "";
    header.forEach((row, r) => {
      const cell = row[c];
      if (!cell || cell.text === "" || sameAsAbove(header, r, c)) return;
      const group = spansColumns(row, c);
      name = name === ""
        ? cell.text
        : `${name}${group || spansColumns(header[r - 1] ?? [], c) ? " — " : " "}${cell.text}`;
    });
    return name;
  });
}

// A rowspan copies a header cell down: it is the same name, not another line of it.
function sameAsAbove(header: readonly RawCell[][], r: number, c: number): boolean {
  const above = header[r - 1]?.[c];
  const cell = header[r][c];
  return above !== undefined && cell.spanned && above.text === cell.text &&
    above.line === cell.line &&
    above.start === cell.start;
}

function spansColumns(row: readonly RawCell[], c: number): boolean {
  const cell = row[c];
  if (!cell || cell.text === "") return false;
  const same = (other: RawCell | undefined) =>
    other !== undefined && other.text === cell.text && other.line === cell.line &&
    other.start === cell.start;
  return same(row[c - 1]) || same(row[c + 1]);
}
