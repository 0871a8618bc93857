import type { ColumnTable } from "../data/arquero.ts";
import { describeValue } from "../format/describe_value.ts";
import type { ValueFormat } from "../format/format_value.ts";
import type { Figure, JsonObject, Trace, XYChartOptions } from "./figure.ts";
import { PALETTE, SERIES_PATTERNS } from "./palette.ts";
import type { StatSymbol } from "../format/missing.ts";
import { missingMarks, pointSymbol, symbolNotes } from "./_symbols.ts";
import { valueFormat } from "./value_format.ts";
import { type Group, missingNote, missingNotes, sumGrid } from "./_aggregate.ts";
import { axisBelow, baseLayout, categoryAxis, valueAxis } from "./_layout.ts";
import { checkTable, chooseFormat, titles } from "./_table.ts";
import { oneOf } from "../format/options.ts";
import { plotlyText } from "./_text.ts";

/** Options for {@linkcode barChart} and {@linkcode stackedBar}. */
export interface BarChartOptions extends XYChartOptions {
  /** A column splitting each bar by series (grouped or stacked), with a legend. */
  color?: string;
  /** `"v"` for upright bars, `"h"` for bars across; default `"v"` up to 12 categories. */
  orientation?: "v" | "h";
  /**
   * `"skip"` (default) sums the known values of a bar and notes what is missing; `"gap"` leaves
   * out any bar with a missing value. A bar with no known value is never drawn as 0.
   */
  missing?: "skip" | "gap";
}

const MAX_UPRIGHT = 12;

/**
 * Builds a bar chart of a table: one bar per category of `x`, its height the sum of `y` over
 * the category's rows; with `color`, one bar per series side by side. Missing values are never
 * counted as 0: a bar's sum leaves them out and the note under the chart says so, and a bar
 * with no known value is not drawn. Rows that are stated totals (`role` other than
 * `observation`) are refused when they would be added to other rows.
 *
 * @param table The Arquero table, such as one from `load()`.
 * @param options The columns to plot, titles, format, orientation and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When an option names no column or has a value it cannot take, the
 * `unit` column mixes units, or a stated total would be added to the rows it totals.
 * @example Table 1 of the commissioning framework: commissioned spend by priority
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { barChart } from "./mod.ts";
 * const spend = (await load("commissioning_spend"))
 *   .filter((d) => d.section === "commissioned" && d.role === "observation");
 * const figure = barChart(spend, { x: "priority", title: "Commissioned spend, 2024-25" });
 * assert.deepEqual(figure.data[0].x, [
 *   "Victim Services", "Vulnerability", "Prevention", "Community Safety", "Various",
 * ]);
 * assert.deepEqual(figure.data[0].y, [1412614, 772416, 1212075, 659671, 597235]);
 * ```
 */
export function barChart(table: ColumnTable, options: BarChartOptions): Figure {
  return bars(table, options, "group", "bar chart");
}

/** Options for {@linkcode stackedBar}: those of `barChart`, with `color` required. */
export interface StackedBarOptions extends BarChartOptions {
  /** The column whose values are stacked within each bar. */
  color: string;
}

/**
 * Builds a stacked bar chart: one bar per category of `x`, made of one segment per series of
 * `color`, each the sum of `y` over its rows. Missing values are handled as by `barChart`.
 *
 * @param table The Arquero table, such as one from `load()`.
 * @param options The columns to plot (`color` is required), titles, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When `color` is missing, an option names no column or has a value it
 * cannot take, or a stated total would be added to the rows it totals.
 * @example Commissioned services and grants stacked per priority
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { stackedBar } from "./mod.ts";
 * const spend = (await load("commissioning_spend")).filter((d) => d.role === "observation");
 * const figure = stackedBar(spend, { x: "priority", color: "section" });
 * assert.equal(figure.layout.barmode, "stack");
 * assert.deepEqual(figure.data.map((t) => t.name), ["commissioned", "grants"]);
 * ```
 */
export function stackedBar(table: ColumnTable, options: StackedBarOptions): Figure {
  if (typeof options?.color !== "string") {
    throw new RangeError(
      `Cannot build stacked bar chart: option "color" must name the column to stack by, got ${
        describeValue(options?.color)
      }`,
    );
  }
  return bars(table, options, "stack", "stacked bar chart");
}

// barChart (grouped) and stackedBar (stacked).
function bars(
  table: ColumnTable,
  options: BarChartOptions,
  barmode: "group" | "stack",
  what: string,
): Figure {
  checkTable(table, what);
  const y = options.y ?? "value";
  const format = chooseFormat(table, options.yFormat, what, y);
  const missing = oneOf(`build ${what}`, "missing", options.missing, ["skip", "gap"], "skip");
  const { groups, categories, series, cell } = sumGrid(table, {
    x: options.x,
    color: options.color,
    value: y,
    missing,
    what,
  });
  const orientation = oneOf(
    `build ${what}`,
    "orientation",
    options.orientation,
    ["v", "h"],
    defaultOrientation(categories),
  );
  const { xTitle, yTitle, title } = titles(options, format, y);
  const symbols = series.map((name) => categories.map((c) => pointSymbol(cell(c, name))));
  const data = series.map((name, i): Trace => {
    const cells = categories.map((c) => cell(c, name));
    return barTrace(cells, categories, {
      name: name ?? yTitle,
      legend: name !== null,
      i,
      orientation,
      format,
      symbols: symbols[i],
    });
  });
  const upright = orientation === "v";
  const { axis, lines } = categoryAxis(xTitle, categories, upright ? 16 : 28);
  const values = valueAxis(yTitle, valueFormat(format).axis);
  const layout = baseLayout({
    ...options,
    what,
    title,
    notes: [...missingNotes(groups, "No value known, so no bar"), ...symbolNotes(symbols)],
    // Across, the x axis is the value axis: one line of tick labels.
    below: axisBelow(upright ? lines : 1),
    defaultHeight: upright ? 480 : acrossHeight(categories.length, lines, series.length),
    legend: options.color !== undefined,
    legendNames: data.map((trace) => String(trace.name)),
    valueFormat: format,
  });
  layout.barmode = barmode;
  (layout.annotations as JsonObject[]).push(
    ...symbols.flatMap((marks) => missingMarks(categories, marks, upright)),
  );
  layout.xaxis = upright ? { ...axis, tickangle: 0 } : values;
  layout.yaxis = upright ? values : { ...axis, autorange: "reversed" };
  return { data, layout };
}

// Bars across: each category needs room for its label's lines (16 px each) and for one bar per
// series, plus the axes and note.
function acrossHeight(categories: number, lines: number, series: number): number {
  const perCategory = Math.max(28, 16 * lines + 12, 10 * series + 12);
  return Math.max(360, perCategory * categories + 160);
}

function defaultOrientation(categories: string[]): "v" | "h" {
  return categories.length > MAX_UPRIGHT ? "h" : "v";
}

interface TraceParts {
  name: string;
  legend: boolean;
  i: number;
  orientation: "v" | "h";
  format: ValueFormat;
  symbols: (StatSymbol | "")[];
}

function barTrace(cells: (Group | undefined)[], categories: string[], parts: TraceParts): Trace {
  const upright = parts.orientation === "v";
  const values = cells.map((g) => g?.sum ?? null);
  const hover = valueFormat(parts.format, { variable: upright ? "y" : "x" }).hover;
  const extra = parts.legend ? plotlyText(parts.name) : "";
  return {
    type: "bar",
    name: parts.name,
    orientation: parts.orientation,
    x: upright ? categories : values,
    y: upright ? values : categories,
    // Series side by side or stacked differ by pattern as well as colour.
    marker: parts.legend
      ? {
        color: PALETTE[parts.i % PALETTE.length],
        pattern: { shape: SERIES_PATTERNS[parts.i % SERIES_PATTERNS.length] },
      }
      : { color: PALETTE[parts.i % PALETTE.length] },
    customdata: cells.map((g) => (g === undefined ? "" : missingNote(g))),
    hovertemplate: `%{${upright ? "x" : "y"}}<br>${hover}%{customdata}<extra>${extra}</extra>`,
    // An estimate says so beside its bar.
    ...(parts.symbols.includes("[e]")
      ? { text: parts.symbols.map((s) => (s === "[e]" ? s : "")), textposition: "outside" }
      : {}),
    meta: { symbols: parts.symbols },
  };
}
