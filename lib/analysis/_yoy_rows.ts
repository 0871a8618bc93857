// Private to lib/analysis: yoyChange() once its options are read. The periods' rows are taken in
// the table's order, placed in time, checked for repeats and paired with the row before them in
// their series on the one grouping engine; every output column is then written in one pass.
import { aq } from "../data/arquero.ts";
import type { FigureColumns } from "./_figures.ts";
import { columnValues, groupRows, type KeySpec } from "./_group_rows.ts";
import { quarterLabel, quarterNumbers, yearLabel, yearStarts } from "./_periods.ts";

/** The comparison a yoyChange() call makes. */
export type Comparison = "year" | "quarter-previous-year" | "quarter-previous-period";

/** yoyChange() options after normalisation. */
export interface Normalised {
  comparison: Comparison;
  by: string[];
  keep: string[];
  year: string;
  quarter: string | null;
  figures: FigureColumns;
}

const ACTION = "compute yoyChange()";

const FIRST: Record<Comparison, string> = {
  "year": "no earlier year to compare with",
  "quarter-previous-year": "no earlier year's same quarter to compare with",
  "quarter-previous-period": "no earlier quarter to compare with",
};

/** yoyChange()'s table. */
export function yoyRows(table: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  const { t, ids } = periodRows(table, o);
  const start = yearStarts(ACTION, o.year, columnValues(t, o.year), ids);
  const q = o.comparison === "year"
    ? new Int8Array(start.length)
    : quarterNumbers(ACTION, o.quarter!, columnValues(t, o.quarter!), start, ids);
  const idx = Int32Array.from(
    start,
    (s, r) => o.comparison === "quarter-previous-period" ? s * 4 + q[r] - 1 : s,
  );
  checkUnique(t, o, start, q);
  const quarterKey: KeySpec = { name: "\0q", codes: Int32Array.from(q), values: [0, 1, 2, 3, 4] };
  const series = groupRows(
    t,
    o.comparison === "quarter-previous-year" ? [...o.by, quarterKey] : o.by,
  );
  const base = previousRows(series.keys, series.size, idx);
  // Groups are numbered by first appearance, so this is series order, then time.
  const group = groupRows(t, o.by).keys;
  const order = Array.from({ length: t.numRows() }, (_, r) => r)
    .sort((a, b) => group[a] - group[b] || start[a] - start[b] || q[a] - q[b]);
  return outputs(t, o, { order, base, idx, q });
}

// The annual or the quarterly rows, in the table's order, with only the columns used; `ids` is
// each row's index in the table, for messages.
function periodRows(table: aq.ColumnTable, o: Normalised) {
  const scan = table.indices();
  const quarter = o.quarter === null ? null : columnValues(table, o.quarter);
  const ids: number[] = [];
  for (let i = 0; i < scan.length; i++) {
    if (quarter === null || (quarter[scan[i]] == null) === (o.comparison === "year")) ids.push(i);
  }
  if (ids.length === 0 && table.numRows() > 0) {
    const q = JSON.stringify(o.quarter);
    throw new RangeError(
      o.comparison === "year"
        ? `Cannot compute yoyChange(): no annual rows, every row has a ${q} (use period: "quarter")`
        : `Cannot compute yoyChange(): no quarterly rows, column ${q} is empty in every row ` +
          `(use period: "year")`,
    );
  }
  const f = o.figures;
  const figures = [f.value, f.approximate, f.bound, f.missingReason].filter((n) => n !== null);
  const names = [...new Set([...o.by, ...o.keep, o.year, o.quarter ?? o.year, ...figures])];
  return { t: table.select(names).reify(ids.map((i) => scan[i])), ids };
}

function checkUnique(t: aq.ColumnTable, o: Normalised, start: Int32Array, q: Int8Array): void {
  const whenValues: number[] = [];
  const seen = new Map<number, number>();
  const codes = Int32Array.from(start, (s, r) => {
    const when = s * 5 + q[r];
    let code = seen.get(when);
    if (code === undefined) seen.set(when, code = whenValues.push(when) - 1);
    return code;
  });
  const g = groupRows(t, [...o.by, { name: "\0when", codes, values: whenValues }]);
  const counts = new Int32Array(g.size);
  for (let r = 0; r < t.numRows(); r++) counts[g.keys[r]]++;
  const k = counts.findIndex((n) => n > 1);
  if (k < 0) return;
  const series = o.by.map((name) => `${name}=${JSON.stringify(g.columns[name][k])}`).join(", ");
  const when = g.columns["\0when"][k] as number;
  const year = yearLabel(Math.floor(when / 5));
  throw new RangeError(
    `Cannot compute yoyChange(): ${counts[k]} rows for ${
      when % 5 === 0 ? year : `${year} Q${when % 5}`
    }` +
      (series === "" ? "" : ` in series ${series}`) +
      `: name the column that tells them apart in option "by"`,
  );
}

// The row before each row in its series by time (idx), or -1 for a series' first.
function previousRows(keys: Int32Array, size: number, idx: ArrayLike<number>): Int32Array {
  const n = keys.length;
  const startOf = new Int32Array(size + 1);
  for (let r = 0; r < n; r++) startOf[keys[r] + 1]++;
  for (let k = 0; k < size; k++) startOf[k + 1] += startOf[k];
  const bySeries = new Int32Array(n);
  const fill = startOf.slice(0, size);
  for (let r = 0; r < n; r++) bySeries[fill[keys[r]]++] = r;
  const base = new Int32Array(n).fill(-1);
  for (let k = 0; k < size; k++) {
    const rows = bySeries.subarray(startOf[k], startOf[k + 1]).sort((a, b) => idx[a] - idx[b]);
    for (let i = 1; i < rows.length; i++) base[rows[i]] = rows[i - 1];
  }
  return base;
}

interface Pairs {
  order: number[];
  base: Int32Array;
  idx: Int32Array;
  q: Int8Array;
}

// The result's columns, in order: the series, the period, the value, what it is compared with,
// the changes, the notes, then the kept columns and their earlier values.
function outputs(t: aq.ColumnTable, o: Normalised, p: Pairs): aq.ColumnTable {
  const { order, base, idx } = p;
  const f = o.figures;
  const read = (name: string | null) => name === null ? null : columnValues(t, name);
  const value = read(f.value) as ArrayLike<number | null>;
  const approximate = read(f.approximate);
  const bound = read(f.bound);
  const reason = read(f.missingReason);
  const period = o.comparison === "year" ? [o.year] : [o.year, o.quarter!];
  const label = (r: number) => period.map((name) => columnValues(t, name)[r]).join(" ");
  const sorted = t.reify(order);
  const out: Record<string, unknown> = {};
  for (const name of [...o.by, ...period, f.value]) out[name] = sorted.column(name);
  for (const name of [...period, f.value]) out[`base_${name}`] = earlier(t, name, order, base);
  const columns = {
    change: [] as (number | null)[],
    pct_change: [] as (number | null)[],
    cagr: [] as (number | null)[],
    gap: [] as (number | null)[],
    approximate: [] as boolean[],
    bound: [] as unknown[],
    note: [] as (string | null)[],
    missing_reason: [] as (string | null)[],
  };
  for (const r of order) {
    const b = base[r];
    const v = value[r];
    const bv = b < 0 ? null : value[b];
    const both = v != null && bv != null;
    const steps = b < 0 ? 0 : idx[r] - idx[b];
    const cagr = !(both && bv > 0 && v >= 0)
      ? null
      : steps === 1
      ? (v - bv) / bv * 100
      : (Math.pow(v / bv, 1 / steps) - 1) * 100;
    const rb = bound === null ? null : bound[r];
    const bb = b < 0 || bound === null ? null : bound[b];
    columns.change.push(both ? v - bv : null);
    columns.pct_change.push(both && bv !== 0 ? (v - bv) / bv * 100 : null);
    columns.cagr.push(cagr);
    columns.gap.push(b < 0 ? null : steps - 1);
    columns.approximate.push(!!approximate?.[r] || (b >= 0 && !!approximate?.[b]));
    columns.bound.push(b < 0 || (rb ?? null) === (bb ?? null) ? rb : "mixed");
    const notes: string[] = [];
    const why: string[] = [];
    if (b < 0) why.push(FIRST[o.comparison]);
    if (v === null) why.push(`${label(r)}: ${reason?.[r] ?? "no value"}`);
    if (b >= 0) {
      if (bv === null) why.push(`${label(b)}: ${reason?.[b] ?? "no value"}`);
      if (steps > 1) notes.push(`across a gap: ${missing(idx[b], idx[r], p.q[r], o.comparison)}`);
      const [kind, baseKind] = [rb ?? null, bb ?? null];
      if (kind !== null && kind === baseKind) notes.push(`both figures are ${kind} bounds`);
      if (kind !== baseKind) {
        notes.push(
          `the figures differ in kind: ${label(r)} is ${describe(kind)}, ` +
            `${label(b)} is ${describe(baseKind)}`,
        );
      }
    }
    if (why.length === 0 && bv === 0) why.push(`no percentage change from 0 (${label(b)})`);
    else if (why.length === 0 && o.comparison !== "quarter-previous-period" && cagr === null) {
      why.push("no compound annual growth rate across a negative value");
    }
    columns.note.push(notes.length === 0 ? null : notes.join("; "));
    columns.missing_reason.push(why.length === 0 ? null : why.join("; "));
  }
  out.change = columns.change;
  out.pct_change = columns.pct_change;
  if (o.comparison === "quarter-previous-period") out.gap_quarters = columns.gap;
  else Object.assign(out, { cagr: columns.cagr, gap_years: columns.gap });
  const { approximate: a, bound: bd, note, missing_reason } = columns;
  Object.assign(out, { approximate: a, bound: bd, note, missing_reason });
  for (const name of o.keep) out[name] = sorted.column(name);
  for (const name of o.keep) out[`base_${name}`] = earlier(t, name, order, base);
  return aq.table(out);
}

// A column's value at each row's earlier row, null for a series' first.
function earlier(t: aq.ColumnTable, name: string, order: number[], base: Int32Array): unknown[] {
  const values = columnValues(t, name);
  return order.map((r) => base[r] < 0 ? null : values[base[r]]);
}

function describe(bound: unknown): string {
  if (bound === null) return "exact";
  return `${/^[aeiou]/i.test(String(bound)) ? "an" : "a"} ${bound} bound`;
}

function missing(from: number, to: number, q: number, comparison: Comparison): string {
  const labels: string[] = [];
  for (let k = from + 1; k < to; k++) {
    labels.push(
      comparison === "year"
        ? yearLabel(k)
        : comparison === "quarter-previous-year"
        ? `${yearLabel(k)} Q${q}`
        : quarterLabel(k),
    );
  }
  return `${labels.join(", ")} missing`;
}
