// Private to lib/analysis: the steps of yoyChange(), each a table-in/table-out verb chain over
// internal columns (__v value, __a approximate, __b bound, __r reason, __idx position in time).
import type { aq } from "../data/arquero.ts";
import { type FigureColumns, internalFigures } from "./_figures.ts";
import { quarterNumbers, yearLabel, yearStarts } from "./_periods.ts";
import { findDuplicate, lagRows } from "./_yoy_fast.ts";
import { columnValues } from "./_group_rows.ts";
import { type Comparison, missingReasons, notes, type TextInputs } from "./_yoy_text.ts";

/** yoyChange() options after normalisation. */
export interface Normalised {
  comparison: Comparison;
  by: string[];
  keep: string[];
  year: string;
  quarter: string | null;
  figures: FigureColumns;
}

// Keeps the annual or the quarterly rows, then adds __start (year), __q (quarter or 0) and
// __idx (the position in time that "previous" counts along).
export function place(table: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  let rows = table.derive({ __row: "() => op.row_number() - 1" });
  if (o.quarter !== null) {
    const q = JSON.stringify(o.quarter);
    rows = rows.filter(
      o.comparison === "year" ? `d => d[${q}] == null` : `d => d[${q}] != null`,
    );
    if (rows.numRows() === 0 && table.numRows() > 0) {
      throw new RangeError(
        o.comparison === "year"
          ? `yoyChange() found no annual rows: every row has a ${q} (use period: "quarter")`
          : `yoyChange() found no quarterly rows: column ${q} is empty in every row ` +
            `(use period: "year")`,
      );
    }
  }
  const periodColumns = [o.year, ...(o.comparison === "year" ? [] : [o.quarter!])];
  // Materialised once here, so the steps after read plain arrays, not a filtered view.
  const t = internalFigures(rows, o.figures, [...o.by, ...o.keep, ...periodColumns, "__row"])
    .reify();
  const rowIds = columnValues(t, "__row") as ArrayLike<number>;
  const starts = yearStarts("yoyChange", o.year, columnValues(t, o.year), rowIds);
  const quarters = o.comparison === "year"
    ? new Int8Array(starts.length)
    : quarterNumbers("yoyChange", o.quarter!, columnValues(t, o.quarter!), starts, rowIds);
  const idx = new Int32Array(starts.length);
  for (let i = 0; i < idx.length; i++) {
    idx[i] = o.comparison === "quarter-previous-period"
      ? starts[i] * 4 + quarters[i] - 1
      : starts[i];
  }
  return t.assign({ __start: starts, __q: quarters, __idx: idx });
}

export function checkUnique(t: aq.ColumnTable, o: Normalised): void {
  const found = findDuplicate(t, o);
  const row = found === undefined ? duplicate(t, o) : found;
  if (row === null) return;
  const series = o.by.map((name) => `${name}=${JSON.stringify(row[name])}`).join(", ");
  const when = o.comparison === "year"
    ? yearLabel(row.__start as number)
    : `${yearLabel(row.__start as number)} Q${row.__q}`;
  throw new RangeError(
    `yoyChange() found ${row.__n} rows for ${when}` +
      (series === "" ? "" : ` in series ${series}`) +
      `: name the column that tells them apart in option "by"`,
  );
}

// The first duplicate period of a series through Arquero's verbs, or null.
function duplicate(t: aq.ColumnTable, o: Normalised): Record<string, unknown> | null {
  const dupes = t.groupby([...o.by, "__start", "__q"]).count({ as: "__n" })
    .filter("d => d.__n > 1");
  return dupes.numRows() === 0 ? null : dupes.object(0) as Record<string, unknown>;
}

export function lagBase(t: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  const lagged = ["__v", "__a", "__b", "__r", "__idx", o.year, ...o.keep];
  if (o.quarter !== null && o.comparison !== "year") lagged.push(o.quarter);
  return lagRows(t, o, lagged) ?? lagWithVerbs(t, o, lagged);
}

function lagWithVerbs(t: aq.ColumnTable, o: Normalised, lagged: string[]): aq.ColumnTable {
  const exprs: Record<string, string> = {};
  for (const name of lagged) {
    exprs[`__base${name}`] = `d => op.lag(d[${JSON.stringify(name)}], 1, null)`;
  }
  const keys = o.comparison === "quarter-previous-year" ? [...o.by, "__q"] : o.by;
  return t.groupby(keys).orderby("__idx").derive(exprs).ungroup().unorder()
    .groupby(o.by).derive({ __first: "d => op.min(d.__row)" }).ungroup()
    .orderby("__first", "__start", "__q");
}

export function computeChanges(t: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  const both = "d.__v != null && d.__base__v != null";
  const exprs: Record<string, string> = {
    change: `d => ${both} ? d.__v - d.__base__v : null`,
    pct_change:
      `d => ${both} && d.__base__v !== 0 ? (d.__v - d.__base__v) / d.__base__v * 100 : null`,
    __gap: "d => d.__base__idx == null ? null : d.__idx - d.__base__idx - 1",
    approximate: "d => d.__base__idx == null ? !!d.__a : (!!d.__a || !!d.__base__a)",
    bound:
      "d => d.__base__idx == null || (d.__b ?? null) === (d.__base__b ?? null) ? d.__b : 'mixed'",
  };
  if (o.comparison !== "quarter-previous-period") {
    // Over one year the rate is the percentage change itself, computed the same way.
    exprs.cagr = `d => !(${both} && d.__base__v > 0 && d.__v >= 0) ? null ` +
      ": d.__idx - d.__base__idx === 1 ? (d.__v - d.__base__v) / d.__base__v * 100 " +
      ": (op.pow(d.__v / d.__base__v, 1 / (d.__idx - d.__base__idx)) - 1) * 100";
  }
  return t.derive(exprs);
}

export function finish(t: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  const inputs = textInputs(t, o);
  return t.assign({
    note: notes(inputs, o.comparison),
    missing_reason: missingReasons(inputs, o.comparison),
  }).select(outputNames(o)).reify();
}

function textInputs(t: aq.ColumnTable, o: Normalised): TextInputs {
  // A table in stored order is read in place; a sorted one (the verbs' lag) through a copy.
  const array = (name: string): ArrayLike<unknown> =>
    t.isOrdered() || t.isFiltered() ? t.array(name) : columnValues(t, name);
  const label = (prefix: string): unknown[] => {
    const years = Array.from(array(prefix + o.year));
    if (o.comparison === "year") return years;
    const quarters = array(prefix + o.quarter);
    return years.map((y, i) => y === null ? null : `${y} ${quarters[i]}`);
  };
  return {
    label: label(""),
    baseLabel: label("__base"),
    value: array("__v"),
    base: array("__base__v"),
    reason: array("__r"),
    baseReason: array("__base__r"),
    bound: array("__b"),
    baseBound: array("__base__b"),
    idx: array("__idx") as ArrayLike<number>,
    baseIdx: array("__base__idx"),
    q: array("__q") as ArrayLike<number>,
    cagr: o.comparison === "quarter-previous-period" ? null : array("cagr"),
  };
}

// Internal column → output name, in output order.
function outputNames(o: Normalised): Record<string, string> {
  const v = o.figures.value;
  const period = o.comparison === "year" ? [o.year] : [o.year, o.quarter!];
  const names: [string, string][] = [
    ...o.by.map((n): [string, string] => [n, n]),
    ...period.map((n): [string, string] => [n, n]),
    ["__v", v],
    ...period.map((n): [string, string] => [`__base${n}`, `base_${n}`]),
    ["__base__v", `base_${v}`],
    ["change", "change"],
    ["pct_change", "pct_change"],
  ];
  if (o.comparison === "quarter-previous-period") names.push(["__gap", "gap_quarters"]);
  else names.push(["cagr", "cagr"], ["__gap", "gap_years"]);
  for (const n of ["approximate", "bound", "note", "missing_reason"]) names.push([n, n]);
  for (const n of o.keep) names.push([n, n]);
  for (const n of o.keep) names.push([`__base${n}`, `base_${n}`]);
  return Object.fromEntries(names);
}
