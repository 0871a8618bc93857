import type { CountColumnOptions } from "./figure_options.ts";
import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { type Band, bandTable, readBands } from "./_bands.ts";
import { rollupBands } from "./_band_rollup.ts";
import { COUNT_OPTIONS, countColumns } from "./_figures.ts";
import { checkCall, column, columnList, disjoint, stringOption } from "../format/options.ts";

/** An age band: whole years `from` to `to`, both included. */
export interface AgeBand {
  /** The band's name; default `"<from>-<to>"`. */
  label?: string;
  /** The first age in the band. */
  from: number;
  /** The last age in the band. */
  to: number;
}

/** Options for {@linkcode ageBands}. */
export interface AgeBandsOptions extends CountColumnOptions {
  /** The age column (whole years; null for an unknown age); default `"age"`. */
  age?: string;
  /** Columns whose values make separate groups, e.g. `["service"]`; default none. */
  by?: string[];
  /** The bands; default 0-4, 5-9, 10-14 and 15-17. Pairs `[from, to]` or {@linkcode AgeBand}s. */
  bands?: (AgeBand | [number, number])[];
  /** The band for rows whose age is null; default `"Unknown"`. */
  unknownLabel?: string;
}

/**
 * The bands {@linkcode ageBands} uses unless told otherwise: 0-4, 5-9, 10-14, 15-17.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DEFAULT_AGE_BANDS } from "./mod.ts";
 * assert.deepEqual(DEFAULT_AGE_BANDS.map((b) => b.label), ["0-4", "5-9", "10-14", "15-17"]);
 * ```
 */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { label: "0-4", from: 0, to: 4 },
  { label: "5-9", from: 5, to: 9 },
  { label: "10-14", from: 10, to: 14 },
  { label: "15-17", from: 15, to: 17 },
];

/**
 * A row of {@linkcode ageBands}' result with the default count column, `value`; the `by` columns
 * come with it, of their own types.
 */
export interface AgeBandRow {
  /** The band's label, e.g. `"5-9"`, or the unknown-age label. */
  age_band: string;
  /** The band's first age; null for the unknown band. */
  age_from: number | null;
  /** The band's last age; null for the unknown band. */
  age_to: number | null;
  /** The band's count; null when no count is known. */
  value: number | null;
  /** How many rows were added. */
  cells: number;
  /** How many of them had no count. */
  missing_cells: number;
  /** Whether any count added is approximate. */
  approximate: boolean;
  /** `lower` when some cells were null, so the band holds at least `value`; else null. */
  bound: string | null;
  /** Why `value` is null; else null. */
  missing_reason: string | null;
}

const OPTIONS = ["age", "by", "bands", "unknownLabel", ...COUNT_OPTIONS];

/**
 * Adds up counts by single year of age into age bands, per group.
 *
 * The result has one row per group and band (bands in the order given, the unknown-age band last
 * when there is one): the `by` columns, `age_band`, `age_from`, `age_to`, the count (named as the
 * value column, or `count`), `cells` (rows added), `missing_cells` (null counts among them),
 * `approximate`, `bound` (`"lower"` when some cells were null, so the band holds at least that
 * many) and `missing_reason`. A band no row falls in is null with a reason for a table of counts
 * (absent is not zero), and 0 for a table of records (`value: null`). Pass the result to
 * `breakdown(…, { category: "age_band" })` for shares.
 *
 * @param table A table with an age column and counts (or one row per person).
 * @param options The bands, the groups and the columns.
 * @returns A new table of band counts.
 * @throws {RangeError} For an age no band covers, overlapping bands or a missing column.
 * @throws {TypeError} For a wrong shape: not a table, an unknown option, a malformed band.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { ageBands } from "./mod.ts";
 *
 * const ages = (await load("child_victims_age")).filter((d) => d.service === "CYPFS");
 * const bands = ageBands(ages);
 * assert.deepEqual(bands.array("age_band"), ["0-4", "5-9", "10-14", "15-17"]);
 * assert.deepEqual(bands.array("value"), [38, 135, 113, 53]); // 1 + 5 + 6 + 9 + 17 = 38, …
 * ```
 */
export function ageBands(
  table: aq.ColumnTable,
  options: AgeBandsOptions = {},
): TypedTable<AgeBandRow & RowObject> {
  const o = normalise(table, options);
  const rolled = rollupBands(table, o);
  return complete(rolled, o) as TypedTable<AgeBandRow & RowObject>;
}

type Normalised = ReturnType<typeof normalise>;

// Every group gets every band (and the unknown band when any age is unknown).
function complete(rolled: aq.ColumnTable, o: Normalised): aq.ColumnTable {
  const hasUnknown = (rolled.array("__band") as number[]).includes(o.bands.length);
  const bands = bandTable(o.bands, o.unknownLabel)
    .params({ n: o.bands.length + (hasUnknown ? 1 : 0) })
    .filter((d: { __band: number }, $: { n: number }) => d.__band < $.n);
  const groups = rolled.select(o.by).dedupe().derive({ __gi: "() => op.row_number()" });
  const grid = o.by.length === 0 ? bands.derive({ __gi: () => 1 }) : groups.cross(bands);
  // Derive evaluates every expression against its input, hence two steps.
  return grid.join_left(rolled, [[...o.by, "__band"], [...o.by, "__band"]])
    .params({ zero: o.countRows })
    .derive({
      __v: "(d, $) => d.__v !== undefined ? d.__v : $.zero ? 0 : null",
      __absent: "d => d.cells === undefined",
      cells: "d => d.cells ?? 0",
      missing_cells: "d => d.missing_cells ?? 0",
      approximate: "d => !!d.__a",
    })
    .derive({
      bound: "d => d.__v != null && d.missing_cells > 0 ? 'lower' : null",
      missing_reason: "d => d.__v != null ? null : !d.__absent ? (d.__r ?? 'no value') : " +
        "d.age_from == null ? 'no rows with an unknown age' : 'no rows for ages ' + d.age_band",
    })
    .orderby("__gi", "__band")
    .select({
      ...Object.fromEntries(o.by.map((n) => [n, n])),
      age_band: "age_band",
      age_from: "age_from",
      age_to: "age_to",
      __v: o.countName,
      cells: "cells",
      missing_cells: "missing_cells",
      approximate: "approximate",
      bound: "bound",
      missing_reason: "missing_reason",
    })
    .reify();
}

function normalise(table: aq.ColumnTable, options: AgeBandsOptions) {
  const fn = "compute ageBands()";
  checkCall(fn, table, options, { known: OPTIONS });
  const age = column(fn, table, "age", options.age, "age");
  const by = columnList(fn, table, "by", options.by);
  const bands: Band[] = readBands(
    fn,
    options.bands,
    DEFAULT_AGE_BANDS.map((b) => ({
      label: b.label ?? `${b.from}-${b.to}`,
      from: b.from,
      to: b.to,
    })),
  );
  const unknownLabel = stringOption(fn, "unknownLabel", options.unknownLabel, "Unknown");
  const counted = countColumns(fn, table, options);
  disjoint(fn, { by, age: [age], value: counted.countRows ? [] : [counted.figures.value] });
  return { age, by, bands, unknownLabel, ...counted };
}
