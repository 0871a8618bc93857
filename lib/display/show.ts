import type { ColumnTable, StoredColumn } from "../data/arquero.ts";
import { checkTable } from "../format/check_table.ts";
import { VALUE_FORMATS } from "../format/format_value.ts";
import { symbolKey } from "../format/missing.ts";
import { plural } from "../format/plural.ts";
import { type Cell, type CellFormat, formatColumn, type FormattedColumn } from "./_cells.ts";
import { escapeHtml } from "./escape_html.ts";
import { STYLE } from "./_html.ts";
import { plainTable } from "./_plain_table.ts";
import { type GroupBreak, tableRows } from "./_table_rows.ts";
import { type Displayable, toDisplayable } from "./displayable.ts";
import { choices, columnList, numberAtLeast } from "../format/options.ts";
import { describeValue } from "../format/describe_value.ts";

export type { CellFormat };

/** Options for {@linkcode show}. */
export interface ShowOptions {
  /** A title above the table. */
  title?: string;
  /** A note below the table, such as its source. */
  caption?: string;
  /**
   * How to write columns, by name: `"gbp"`, `"count"`, `"percent"`, `"points"`, `"number"`,
   * `"text"`, or a function of the cell and its row returning text. By default the toolkit's own
   * columns are written by their meaning (`columnFormat()` in lib/format): `value`, `change`,
   * `stated`… in the row's `unit` (GBP as `£4,654,011`, percent as `27.0%`, counts as `1,351`),
   * `pct_change` and `cagr` as signed percentages (`+2.0%`), `share` and `coverage` as
   * percentages; other cells are written as they are. A change keeps its sign in the format
   * chosen: `{ pct_change: "percent" }` writes `+2.0%`.
   */
  formats?: Record<string, CellFormat>;
  /** The most rows to show; default 50. The rest are counted in a `… N more rows` line. */
  maxRows?: number;
  /** The columns to show, in order; default all. */
  columns?: string[];
}

/**
 * Shows a table as an HTML table with a row count, with a plain-text fallback, its numbers
 * written by the toolkit's one rule (lib/format): pounds with thousands separators, percentages
 * to one decimal, changes signed, and a missing figure as its statistical symbol (`[x]` not
 * available, `[z]` not applicable, `[c]` confidential) whose tooltip is the row's
 * `missing_reason`; an estimate (a row marked `approximate`) is followed by `[e]`, a share of a
 * count flagged `small` by `[u]`, and the symbols used are explained in a key under the table. A grouped table (after `groupby()`) shows its rows group by group, each
 * headed by its key. All text from the table is HTML-escaped; the HTML keeps to the width of the
 * output, long cells wrapping and a wide table scrolling sideways.
 *
 * Any Arquero table shows itself this way as a cell's last value (lib/display/table_display.ts);
 * call `show` for a title, a caption, other formats, more rows or fewer columns.
 *
 * In a notebook, make it a cell's last expression (or pass it to `display`). Elsewhere it is a
 * plain value whose `bundle` holds the `text/html` and `text/plain` outputs.
 *
 * @param table The Arquero table, such as one from `load()`.
 * @param options Title, caption, column formats, row limit and column choice.
 * @returns A displayable value.
 * @throws {TypeError} When `table` is not an Arquero table, or a cell cannot be written in the
 * format asked for.
 * @throws {RangeError} When an option names a column the table does not have, a format is
 * unknown, or `maxRows` is not a positive whole number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { show } from "./mod.ts";
 * const spend = aq.table({ project: ["SARC", "<script>"], value: [67906, null],
 *   unit: ["GBP", "GBP"], missing_reason: [null, "Empty cell"] });
 * const out = show(spend, { title: "Spend" });
 * const html = String(out.bundle["text/html"]);
 * assert.ok(html.includes("£67,906"));
 * assert.ok(html.includes("&lt;script&gt;") && !html.includes("<script>"));
 * assert.ok(html.includes('title="Empty cell">[x]</td>'));
 * assert.ok(html.includes("Symbols: [x] = not available"));
 * assert.match(String(out.bundle["text/plain"]), /SARC\s+£67,906/);
 * ```
 */
export function show(table: ColumnTable, options: ShowOptions = {}): Displayable {
  checkTable(table, ACTION);
  const names = checkColumns(table, options);
  const maxRows = numberAtLeast(ACTION, "maxRows", options.maxRows, 50, { min: 1, integer: true });
  const total = table.numRows();
  const { rows, breaks, groupNames, grouping } = tableRows(table, maxRows);
  const all = table.columnNames();
  const columns = names.map((name) =>
    formatColumn(name, rows, table.column(name) as StoredColumn, options.formats?.[name], all)
  );
  const parts = { columns, breaks, groupNames, hidden: total - rows.length };
  const notes = footer(total, names.length, rows.length, grouping);
  const cells = columns.flatMap((c) => c.cells);
  const key = symbolKey(cells.flatMap((cell) => cell.symbols));
  // Why cells were suppressed (suppress() writes the threshold into the reason), for the report.
  const suppressed = [
    ...new Set(cells.filter((c) => c.symbols.includes("[c]") && c.reason).map((c) => c.reason!)),
  ];
  const marks = { key, suppressed };
  return toDisplayable({
    "text/plain": plain(parts, options, notes, marks),
    "text/html": html(parts, options, notes, marks),
  });
}

const ACTION = "show table";

function checkColumns(table: ColumnTable, options: ShowOptions): string[] {
  const names = columnList(ACTION, table, "columns", options.columns, table.columnNames());
  columnList(ACTION, table, "formats", Object.keys(options.formats ?? {}));
  for (const [name, format] of Object.entries(options.formats ?? {})) {
    if (typeof format !== "function" && !["text", ...VALUE_FORMATS].includes(format)) {
      throw new RangeError(
        `Cannot ${ACTION}: option "formats" gives column ${describeValue(name)} the format ` +
          `${describeValue(format)}; a format is ${
            choices([...VALUE_FORMATS, "text"])
          } or a function`,
      );
    }
  }
  return names;
}

interface Parts {
  columns: FormattedColumn[];
  breaks: GroupBreak[];
  groupNames: string[];
  hidden: number;
}

function footer(total: number, columns: number, shown: number, grouping: string | null): string {
  const count = `${plural(total, "row")} × ${plural(columns, "column")}` +
    (grouping === null ? "" : `, ${grouping}`);
  return shown < total ? `${count}; showing the first ${shown}` : count;
}

function more(hidden: number): string {
  return `… ${plural(hidden, "more row")}`;
}

// The key to the symbols the cells show, and the reasons of its suppressed ([c]) cells.
interface Marks {
  key: string;
  suppressed: string[];
}

function plain(
  { columns, breaks, hidden }: Parts,
  options: ShowOptions,
  notes: string,
  marks: Marks,
) {
  const lines = options.title === undefined ? [] : [options.title];
  const [head, rule, ...rows] = plainTable(columns.map((c) => ({
    header: c.name,
    cells: c.cells.map((cell) => cell.text),
    right: c.right,
  })));
  lines.push(head, rule);
  rows.forEach((row, r) => {
    const group = breaks.find((b) => b.at === r);
    if (group !== undefined) lines.push(group.label);
    lines.push(row);
  });
  if (hidden > 0) lines.push(more(hidden));
  lines.push(notes);
  if (marks.key !== "") lines.push(marks.key);
  if (options.caption !== undefined) lines.push(options.caption);
  return lines.join("\n");
}

// A grouped table's key is a first column of header cells, written on each group's first row,
// as pandas writes a grouped index. It reads in every front end, including an untrusted
// notebook, whose sanitiser drops <style> and inline styles and whose own style right-aligns
// every cell and centres it vertically: a heading row across the table would put the key out of
// sight at the far right, and a cell spanning the group's rows would put it out of sight below.
function html(parts: Parts, options: ShowOptions, notes: string, marks: Marks) {
  const { columns, breaks, groupNames, hidden } = parts;
  const head = columns.map((c) => `<th${c.right ? ' class="n"' : ""}>${escapeHtml(c.name)}</th>`);
  if (breaks.length > 0) head.unshift(`<th>${escapeHtml(groupNames.join(", "))}</th>`);
  const span = head.length;
  const rows = (columns[0]?.cells ?? []).map((_, r) => {
    const group = breaks.find((b) => b.at === r);
    const key = breaks.length === 0
      ? ""
      : `<th class="group">${group === undefined ? "" : escapeHtml(group.key)}</th>`;
    return `<tr>${key}${columns.map((c) => td(c.cells[r], c.right)).join("")}</tr>`;
  });
  if (hidden > 0) rows.push(`<tr class="more"><td colspan="${span}">${more(hidden)}</td></tr>`);
  const caption = options.title === undefined
    ? ""
    : `<caption>${escapeHtml(options.title)}</caption>`;
  const note = options.caption === undefined ? "" : `<p>${escapeHtml(options.caption)}</p>`;
  const key = marks.key === "" ? "" : `<p class="key">${escapeHtml(marks.key)}</p>`;
  // The report lists the tables published with suppressed cells, and why, from this attribute.
  const suppressed = marks.suppressed.length === 0
    ? ""
    : ` data-suppressed="${escapeHtml(marks.suppressed.join("; "))}"`;
  return `<div class="vc-out vc-table"${suppressed}>${STYLE}<table>${caption}<thead><tr>${
    head.join("")
  }</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table><p>${
    escapeHtml(notes)
  }</p>${key}${note}</div>`;
}

function td(cell: Cell, right: boolean): string {
  const classes = [right ? "n" : "", cell.empty ? "na" : ""].filter((c) => c !== "");
  const cls = classes.length === 0 ? "" : ` class="${classes.join(" ")}"`;
  const title = cell.reason === null ? "" : ` title="${escapeHtml(cell.reason)}"`;
  return `<td${cls}${title}>${escapeHtml(cell.text)}</td>`;
}
