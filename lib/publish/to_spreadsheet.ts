import type { aq } from "../data/arquero.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { checkTable } from "../format/check_table.ts";
import { describeValue } from "../format/describe_value.ts";
import { missingFigure, qualifierSymbols, type StatSymbol, SYMBOLS } from "../format/missing.ts";

/** One table of a spreadsheet: the table, its title, and what to say about it. */
export interface SpreadsheetTable {
  /** The Arquero table. */
  table: aq.ColumnTable;
  /** The title, written in the first cell of its sheet (and listed on the contents sheet). */
  title: string;
  /** The columns to write, in order; default all. */
  columns?: string[];
  /** Notes on the table, numbered on the notes sheet and referred to above the table. */
  notes?: string[];
  /** Where its figures come from, written above the table. */
  source?: string;
}

/** Options for {@linkcode toSpreadsheet}: the cover sheet. */
export interface ToSpreadsheetOptions {
  /** The title of the whole release, on the cover sheet. */
  title: string;
  /** What the spreadsheet holds, in a sentence or two, on the cover sheet. */
  description?: string;
  /** Who published it and how to contact them. */
  contact?: string;
}

// Loaded on first use, by a name held in a constant (see lib/scale/_packages.ts for why): a
// zero-dependency rewrite of exceljs, kept and without known advisories; exceljs 4.4.0 itself
// depends on uuid 8, under advisory GHSA-w5hq-g745-h8pq, and on packages no longer maintained.
const EXCELTS = "npm:@cj-tech-master/excelts@10.2.0";
type Excelts = typeof import("npm:@cj-tech-master/excelts@10.2.0");

/**
 * Writes tables to an `.xlsx` spreadsheet as the Government Analysis Function's "releasing
 * statistics in spreadsheets" guidance asks: a cover sheet (title, description, contact, the
 * symbols used), a contents sheet listing every table, a notes sheet, then one table per sheet
 * (`Table_1`, `Table_2`…), each with its title in cell A1, a line on its notes and source, and the
 * table marked up as a spreadsheet table with a header row. Numbers stay numbers; a missing value
 * is its symbol (`[c]`, `[x]`, `[z]`, by lib/format's one rule), never a blank or 0, and an
 * estimate's or low-reliability share's symbol (`[e]`, `[u]`) goes in a column of its own beside
 * it, so no cell mixes a number and text. The file is written whole or not at all.
 *
 * @param tables The tables, in order.
 * @param path Where to write the `.xlsx` file.
 * @param options The cover sheet's title, description and contact.
 * @returns Once the file is written.
 * @throws {TypeError} When a table is not an Arquero table, a title is empty, or the path does
 * not end in `.xlsx`.
 * @throws {RangeError} When there are no tables, or a column named is not in its table.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { toSpreadsheet } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const t = aq.table({ sex: ["Female", "Male"], count: [40, null],
 *   missing_reason: [null, "[c] suppressed"] });
 * await toSpreadsheet([{ table: t, title: "Referrals by sex" }], `${dir}/r.xlsx`, {
 *   title: "Referrals",
 * });
 * assert.ok((await Deno.stat(`${dir}/r.xlsx`)).size > 0);
 * await Deno.remove(dir, { recursive: true });
 * ```
 */
export async function toSpreadsheet(
  tables: SpreadsheetTable[],
  path: string,
  options: ToSpreadsheetOptions,
): Promise<void> {
  const action = "write spreadsheet";
  check(action, tables, path, options);
  const { Workbook } = await import(EXCELTS) as Excelts;
  const book = new Workbook();
  const written = tables.map(sheetCells);
  const used = new Set(written.flatMap((w) => w.symbols));
  cover(book.addWorksheet("Cover"), options, tables.length, used);
  listSheet(book.addWorksheet("Contents"), "Contents", {
    columns: ["Sheet name", "Table title"],
    rows: tables.map((t, i) => [`Table_${i + 1}`, t.title]),
  });
  const notes = tables.flatMap((t) => t.notes ?? []);
  listSheet(book.addWorksheet("Notes"), "Notes", {
    columns: ["Note number", "Note text"],
    rows: notes.map((text, i) => [`[note ${i + 1}]`, text]),
  });
  written.forEach((w, i) => {
    const sheet = book.addWorksheet(`Table_${i + 1}`);
    sheet.getCell("A1").value = tables[i].title;
    sheet.getCell("A1").font = { bold: true, size: 14 };
    sheet.getCell("A2").value = noteLine(tables, i);
    sheet.getCell("A3").value = tables[i].source === undefined
      ? "Source: not stated"
      : `Source: ${tables[i].source}`;
    addTable(sheet, `Table_${i + 1}`, "A4", { columns: w.headers, rows: w.rows });
    sheet.columns.forEach((column, c) => {
      column.width = Math.min(60, Math.max(12, ...w.widths.slice(c, c + 1)));
    });
  });
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  await writeFileAtomic(path, bytes);
}

function check(
  action: string,
  tables: SpreadsheetTable[],
  path: string,
  options: ToSpreadsheetOptions,
): void {
  if (!Array.isArray(tables) || tables.length === 0) {
    throw new RangeError(`Cannot ${action}: expected a list of one or more tables`);
  }
  if (typeof path !== "string" || !path.endsWith(".xlsx")) {
    throw new TypeError(`Cannot ${action}: path ${describeValue(path)} must end in .xlsx`);
  }
  if (typeof options?.title !== "string" || options.title.trim() === "") {
    throw new TypeError(`Cannot ${action}: option "title" must be the release's title`);
  }
  tables.forEach((t, i) => {
    checkTable(t?.table, action);
    if (typeof t.title !== "string" || t.title.trim() === "") {
      throw new TypeError(
        `Cannot ${action}: table ${i + 1} needs a title, got ${describeValue(t.title)}`,
      );
    }
    const names = t.table.columnNames();
    for (const name of t.columns ?? []) {
      if (!names.includes(name)) {
        throw new RangeError(`Cannot ${action}: table ${i + 1} has no column "${name}"`);
      }
    }
  });
}

type Cell = string | number | boolean | null;

// A table's header and rows as the sheet holds them: numbers as numbers, a missing figure as its
// symbol, qualifiers in a column "<name> symbol" beside their column.
function sheetCells(t: SpreadsheetTable) {
  const names = t.columns ?? t.table.columnNames();
  const rows = t.table.objects() as Record<string, unknown>[];
  const symbols: StatSymbol[] = [];
  const numeric = names.map((name) => rows.some((r) => typeof r[name] === "number"));
  const qualified = names.map((name, c) =>
    numeric[c] &&
    rows.some((r) => typeof r[name] === "number" && qualifierSymbols(name, r).length > 0)
  );
  const headers = names.flatMap((name, c) => (qualified[c] ? [name, `${name} symbol`] : [name]));
  const out = rows.map((row) =>
    names.flatMap((name, c): Cell[] => {
      const value = row[name];
      let cell: Cell;
      if (value === null || value === undefined) {
        if (numeric[c]) {
          cell = missingFigure(name, row).text;
          symbols.push(cell as StatSymbol);
        } else cell = "";
      } else if (value instanceof Date) cell = value.toISOString().slice(0, 10);
      else if (typeof value === "number" || typeof value === "boolean") cell = value;
      else cell = String(value);
      if (!qualified[c]) return [cell];
      const marks = typeof value === "number" ? qualifierSymbols(name, row) : [];
      symbols.push(...marks);
      return [cell, marks.join(" ")];
    })
  );
  const widths = headers.map((h, c) =>
    Math.max(h.length, ...out.map((r) => String(r[c] ?? "").length)) + 2
  );
  return { headers, rows: out, symbols, widths };
}

function cover(
  sheet: Sheet,
  options: ToSpreadsheetOptions,
  count: number,
  used: Set<StatSymbol>,
): void {
  const lines: string[] = [
    options.title,
    ...(options.description === undefined ? [] : [options.description]),
    `This spreadsheet contains ${count} ${count === 1 ? "table" : "tables"}, listed on the ` +
    "Contents sheet, and notes on the Notes sheet.",
    ...(options.contact === undefined ? [] : [`Contact: ${options.contact}`]),
    "Symbols used in the tables",
    ...(Object.keys(SYMBOLS) as StatSymbol[])
      .filter((s) => used.has(s))
      .map((s) => `${s} = ${SYMBOLS[s]}`),
  ];
  if (used.size === 0) lines.push("No symbols are used.");
  lines.forEach((text, i) => (sheet.getCell(`A${i + 1}`).value = text));
  sheet.getCell("A1").font = { bold: true, size: 16 };
  sheet.getColumn(1).width = 100;
}

type Sheet = ReturnType<InstanceType<Excelts["Workbook"]>["addWorksheet"]>;

// A sheet's table, marked up as a spreadsheet table with a header row, in the guidance's style.
function addTable(
  sheet: Sheet,
  name: string,
  ref: string,
  t: { columns: string[]; rows: Cell[][] },
) {
  sheet.addTable({
    name,
    ref,
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: false },
    columns: t.columns.map((column) => ({ name: column })),
    rows: t.rows,
  });
}

// The contents and notes sheets: a title, a line saying what the sheet holds, a two-column table.
function listSheet(sheet: Sheet, title: string, table: { columns: string[]; rows: Cell[][] }) {
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = table.rows.length === 0
    ? `There are no ${title.toLowerCase()}.`
    : "This worksheet contains one table.";
  if (table.rows.length > 0) addTable(sheet, title, "A3", table);
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 90;
}

// "This table has notes [note 1] [note 2] on the Notes sheet." or "This table has no notes."
function noteLine(tables: SpreadsheetTable[], i: number): string {
  const before = tables.slice(0, i).reduce((n, t) => n + (t.notes?.length ?? 0), 0);
  const own = tables[i].notes ?? [];
  if (own.length === 0) return "This table has no notes.";
  const refs = own.map((_, k) => `[note ${before + k + 1}]`).join(" ");
  return `This table has notes ${refs} on the Notes sheet.`;
}
