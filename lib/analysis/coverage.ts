import type { aq } from "../data/arquero.ts";
import type { RowObject, TypedTable } from "../data/typed_table.ts";
import { figureColumns, internalFigures } from "./_figures.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkTable } from "../format/check_table.ts";
import { checkOptions, columnList, stringOption } from "../format/options.ts";

/** Options for {@linkcode coverage}. */
export interface CoverageOptions {
  /** Columns naming a group in both tables, e.g. `["service"]`; default none (one group). */
  by?: string[];
  /** The breakdown's count column; default `"value"`. */
  value?: string;
  /** The headline table's count column; default `"value"`. */
  headlineValue?: string;
  /** A name for the breakdown (e.g. `"age"`), written to a `dimension` column when given. */
  dimension?: string;
}

/** How a breakdown covers its headline: all of it, part of it, or more than it. */
export type CoverageKind = "complete" | "partial" | "over";

/** A row of {@linkcode coverage}'s result; the `by` columns come first, of their own types. */
export interface CoverageRow {
  /** The breakdown's name, when the `dimension` option gives one. */
  dimension?: string;
  /** The breakdown's counts with a value added up; null when none has one. */
  parts_total: number | null;
  /** The group's headline count; null when missing. */
  headline: number | null;
  /** `parts_total ÷ headline × 100`; null when either is null or the headline is 0. */
  coverage: number | null;
  /** `parts_total − headline`; null when either is null. */
  difference: number | null;
  /** How the breakdown covers the headline; null when it cannot be said. */
  status: CoverageKind | null;
  /** How many breakdown rows the group has. */
  cells: number;
  /** How many of them have no count. */
  missing_cells: number;
  /** Whether any figure involved is approximate. */
  approximate: boolean;
  /** The coverage in words; null when it cannot be computed. */
  note: string | null;
  /** Why `coverage` is null; else null. */
  missing_reason: string | null;
}

const OPTIONS = ["by", "value", "headlineValue", "dimension"];

/**
 * Says how much of each group's headline count a breakdown accounts for: do the ages (or sexes,
 * or ethnicities) of a service's victims add up to the number of victims it reported?
 *
 * One row per group of the breakdown: the `by` columns, `dimension` (when named), `parts_total`
 * (the breakdown's non-null counts added up), `headline`, `coverage` (parts ÷ headline, in
 * percent), `difference` (parts − headline), `status` (`"complete"`, `"partial"` when the parts
 * fall short, `"over"` when they exceed the headline — the documents disagree), `cells`,
 * `missing_cells` (null counts in the breakdown, left out of `parts_total`), `approximate`,
 * `note` (the finding in words) and `missing_reason` (why `coverage` is null).
 *
 * @param parts The breakdown: counts by group and category.
 * @param headline One headline count per group (rows for other groups are ignored).
 * @param options The group columns and the value columns.
 * @returns A new table, one row per group of `parts`.
 * @throws {RangeError} When a group has more than one headline row, or a column is missing.
 * @throws {TypeError} For a wrong shape: not a table, an unknown option.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { coverage } from "./mod.ts";
 *
 * const headline = (await load("child_victims")).filter((d) => d.question === "B");
 * const sex = coverage(await load("child_victims_sex"), headline, { by: ["service"] });
 * assert.equal(sex.get("parts_total", 0), 187); // 131 + 52 + 4
 * assert.equal(sex.get("headline", 0), 356);
 * assert.equal(sex.get("status", 0), "partial");
 * ```
 */
export function coverage(
  parts: aq.ColumnTable,
  headline: aq.ColumnTable,
  options: CoverageOptions = {},
): TypedTable<CoverageRow & RowObject> {
  const o = normalise(parts, headline, options);
  const rolled = internalFigures(parts, o.parts, o.by)
    .groupby(o.by)
    .rollup({
      parts_total: "d => op.valid(d.__v) > 0 ? op.sum(d.__v) : null",
      cells: "() => op.count()",
      missing_cells: "d => op.invalid(d.__v)",
      __pa: "d => op.sum(d.__a ? 1 : 0) > 0",
      __pr: "d => op.array_agg_distinct(d.__r)",
    });
  const heads = internalFigures(headline, o.headline, o.by)
    .semijoin(rolled, [o.by, o.by])
    .select([...o.by, "__v", "__a", "__r"]);
  checkOneHeadline(heads, o.by);
  const joined = rolled.join_left(heads, [o.by, o.by]).derive({
    headline: "d => d.__v === undefined ? null : d.__v",
    __has: "d => d.__v !== undefined",
  });
  return describe(joined, o) as TypedTable<CoverageRow & RowObject>;
}

function describe(t: aq.ColumnTable, o: ReturnType<typeof normalise>): aq.ColumnTable {
  const ok = "d.parts_total != null && d.headline != null";
  return t.derive({
    coverage: `d => ${ok} && d.headline !== 0 ? d.parts_total / d.headline * 100 : null`,
    difference: `d => ${ok} ? d.parts_total - d.headline : null`,
    status: `d => !(${ok}) ? null : d.parts_total === d.headline ? 'complete' : ` +
      "d.parts_total < d.headline ? 'partial' : 'over'",
    approximate: "d => d.__pa || !!d.__a",
    missing_reason: "d => !d.__has ? 'no headline row for this group' : " +
      "d.headline == null ? 'headline: ' + (d.__r ?? 'no value') : " +
      "d.parts_total == null ? 'no breakdown counts: ' + op.join(d.__pr, '; ') : " +
      "d.headline === 0 ? 'the headline is 0' : null",
  })
    .params({ dimension: o.dimension ?? "breakdown" })
    .derive({
      note: "(d, $) => d.status == null ? null : " +
        "($.dimension + ' sums to ' + d.parts_total + ' of ' + d.headline + ' (' + " +
        "op.round(d.coverage * 10) / 10 + '%)' + " +
        "(d.status === 'over' ? ': ' + d.difference + ' more than the headline, over-coverage' " +
        ": d.status === 'partial' ? ': ' + (-d.difference) + ' not broken down' : '') + " +
        "(d.missing_cells === 0 ? '' : '; ' + d.missing_cells + " +
        "(d.missing_cells === 1 ? ' cell has' : ' cells have') + ' no count'))",
    })
    .derive(o.dimension === undefined ? {} : { dimension: "(d, $) => $.dimension" })
    .select([
      ...o.by,
      ...(o.dimension === undefined ? [] : ["dimension"]),
      "parts_total",
      "headline",
      "coverage",
      "difference",
      "status",
      "cells",
      "missing_cells",
      "approximate",
      "note",
      "missing_reason",
    ])
    .reify();
}

function checkOneHeadline(heads: aq.ColumnTable, by: string[]): void {
  const dupes = heads.groupby(by).count({ as: "__n" }).filter("d => d.__n > 1");
  if (dupes.numRows() === 0) return;
  const row = dupes.object(0) as Record<string, unknown>;
  const group = by.map((n) => `${n}=${describeValue(row[n])}`).join(", ");
  throw new RangeError(
    `Cannot compute coverage(): ${row.__n} headline rows for ${
      group === "" ? "the table" : group
    }: ` +
      `filter the headline table to one row per group`,
  );
}

function normalise(parts: aq.ColumnTable, headline: aq.ColumnTable, options: CoverageOptions) {
  const fn = "compute coverage()";
  checkTable(parts, fn);
  checkTable(headline, fn, { argument: "its second argument" });
  checkOptions(fn, options, OPTIONS);
  const by = columnList(fn, parts, "by", options.by);
  columnList(fn, headline, "by", by);
  return {
    by,
    dimension: stringOption(fn, "dimension", options.dimension),
    parts: figureColumns(fn, parts, { value: options.value }),
    headline: figureColumns(fn, headline, { value: options.headlineValue }, "headlineValue"),
  };
}
