import type { ColumnTable } from "../data/arquero.ts";
import type { ValueFormat } from "../format/format_value.ts";
import type { BaseChartOptions, Figure, Trace } from "./figure.ts";
import { PALETTE } from "./palette.ts";
import { valueFormat } from "./value_format.ts";
import { type Group, missingNote, missingNotes, sumGrid } from "./_aggregate.ts";
import {
  axisBelow,
  baseLayout,
  categoryAxis,
  defaultValueTitle,
  humanise,
  oneOf,
  valueAxis,
} from "./_layout.ts";
import { checkTable, chooseFormat } from "./_table.ts";
import { plotlyText } from "./_text.ts";

/** Options for `barChart` and `stackedBar`. */
export interface BarChartOptions extends BaseChartOptions {
  /** The column of categories, one bar (or group of bars) each, in order of first appearance. */
  x: string;
  /** The column of numbers, summed per bar; default `"value"`. */
  y?: string;
  /** A column splitting each bar by series (grouped or stacked), with a legend. */
  color?: string;
  /** The category axis title; default the `x` column's name. */
  xTitle?: string;
  /** The value axis title; default from the format, such as `Amount (£)`. */
  yTitle?: string;
  /** How values are written; default from a `unit` column (GBP → `gbp`), else `number`. */
  yFormat?: ValueFormat;
  /** `"v"` for upright bars, `"h"` for bars across; default `"v"` up to 12 categories. */
  orientation?: "v" | "h";
  /**
   * `"skip"` (default) sums the known values of a bar and notes what is missing; `"gap"` leaves
   * out any bar with a missing value. A bar with no known value is never drawn as 0.
   */
  missing?: "skip" | "gap";
}

const MAX_UPRIGHT = 12;

// Shared by barChart (grouped) and stackedBar (stacked).
export function bars(
  table: ColumnTable,
  options: BarChartOptions,
  barmode: "group" | "stack",
  what: string,
): Figure {
  checkTable(table, what);
  const y = options.y ?? "value";
  const format = chooseFormat(table, options.yFormat, what, y);
  const missing = oneOf(what, "missing", options.missing ?? "skip", ["skip", "gap"]);
  const { groups, categories, series, cell } = sumGrid(table, {
    x: options.x,
    color: options.color,
    value: y,
    missing,
    what,
  });
  const orientation = oneOf(
    what,
    "orientation",
    options.orientation ?? defaultOrientation(categories),
    [
      "v",
      "h",
    ],
  );
  const yTitle = options.yTitle ?? defaultValueTitle(format, y);
  const data = series.map((name, i): Trace => {
    const cells = categories.map((c) => cell(c, name));
    return barTrace(cells, categories, {
      name: name ?? yTitle,
      legend: name !== null,
      i,
      orientation,
      format,
    });
  });
  const xTitle = options.xTitle ?? humanise(options.x);
  const upright = orientation === "v";
  const { axis, lines } = categoryAxis(xTitle, categories, upright ? 16 : 28);
  const values = valueAxis(yTitle, valueFormat(format).axis);
  const layout = baseLayout({
    what,
    title: options.title,
    finding: options.finding,
    source: options.source,
    notes: missingNotes(groups, "No value known, so no bar"),
    // Across, the x axis is the value axis: one line of tick labels.
    below: axisBelow(upright ? lines : 1),
    height: options.height,
    defaultHeight: upright ? 480 : acrossHeight(categories.length, lines, series.length),
    legend: options.color !== undefined,
    legendNames: data.map((trace) => String(trace.name)),
    valueFormat: format,
  });
  layout.barmode = barmode;
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
    marker: { color: PALETTE[parts.i % PALETTE.length] },
    customdata: cells.map((g) => (g === undefined ? "" : missingNote(g))),
    hovertemplate: `%{${upright ? "x" : "y"}}<br>${hover}%{customdata}<extra>${extra}</extra>`,
  };
}
