import type { ColumnTable } from "../data/arquero.ts";
import type { ValueFormat } from "../format/format_value.ts";
import type { Figure, JsonObject, Trace, XYChartOptions } from "./figure.ts";
import { PALETTE, SERIES_SYMBOLS } from "./palette.ts";
import type { StatSymbol } from "../format/missing.ts";
import { missingMarks, pointSymbol, symbolNotes } from "./_symbols.ts";
import { valueFormat } from "./value_format.ts";
import { missingNotes, sumGrid } from "./_aggregate.ts";
import { axisBelow, baseLayout, categoryAxis, valueAxis } from "./_layout.ts";
import { checkTable, chooseFormat, titles } from "./_table.ts";
import { oneOf } from "../format/options.ts";
import { plotlyText } from "./_text.ts";

/** Options for {@linkcode lineChart}. */
export interface LineChartOptions extends XYChartOptions {
  /** A column splitting the rows into one line each, with a legend. */
  color?: string;
  /**
   * `"gap"` (default) makes a point with any missing value a gap in the line; `"skip"` sums the
   * known values of the point and notes what is missing.
   */
  missing?: "gap" | "skip";
}

/**
 * Builds a line chart over periods: one point per value of `x` (the sum of `y` over its rows),
 * one line per series of `color`. A period with no value is a gap in the line (`connectgaps:
 * false`, `null`, never 0), and the note under the chart names the gaps and why.
 *
 * @param table The Arquero table, such as one from `load()`; order it by period first.
 * @param options The columns to plot, titles, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When an option names no column or has a value it cannot take, the
 * `unit` column mixes units, or a stated total would be added to the rows it totals.
 * @example Victim First's under-18 referrals per quarter, one line per year
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { lineChart } from "./mod.ts";
 * const referrals = (await load("victim_first_under18"))
 *   .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
 * const figure = lineChart(referrals, { x: "quarter", color: "financial_year" });
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80
 * assert.deepEqual(figure.data.map((t) => t.y), [[352, 284, 331, 384], [510, 448, 422, 415]]);
 * assert.equal(figure.data[0].connectgaps, false);
 * ```
 */
export function lineChart(table: ColumnTable, options: LineChartOptions): Figure {
  const what = "line chart";
  checkTable(table, what);
  const y = options.y ?? "value";
  const format = chooseFormat(table, options.yFormat, what, y);
  const missing = oneOf(`build ${what}`, "missing", options.missing, ["gap", "skip"], "gap");
  const { groups, categories: periods, series, cell } = sumGrid(table, {
    x: options.x,
    color: options.color,
    value: y,
    missing,
    what,
  });
  const { xTitle, yTitle, title } = titles(options, format, y);
  const symbols = series.map((name) => periods.map((p) => pointSymbol(cell(p, name))));
  const data = series.map((name, i): Trace => {
    const values = periods.map((p) => cell(p, name)?.sum ?? null);
    return lineTrace(periods, values, { name, yTitle, i, format, symbols: symbols[i] });
  });
  const { axis, lines } = categoryAxis(xTitle, periods, 12);
  const layout = baseLayout({
    ...options,
    what,
    title,
    notes: [...missingNotes(groups, "Gaps, where no value is known"), ...symbolNotes(symbols)],
    below: axisBelow(lines),
    defaultHeight: 440,
    legend: options.color !== undefined,
    legendNames: data.map((trace) => String(trace.name)),
    valueFormat: format,
  });
  layout.xaxis = { ...axis, tickangle: 0 };
  layout.yaxis = valueAxis(yTitle, valueFormat(format).axis);
  (layout.annotations as JsonObject[]).push(
    ...symbols.flatMap((marks) => missingMarks(periods, marks, true)),
  );
  return { data, layout };
}

interface LineParts {
  name: string | null;
  yTitle: string;
  i: number;
  format: ValueFormat;
  symbols: (StatSymbol | "")[];
}

// connectgaps: false, so a null stays a visible break in the line rather than being bridged.
// Each line has its own marker symbol as well as its colour; an estimated point has an open
// marker and "[e]" above it.
function lineTrace(periods: string[], values: (number | null)[], parts: LineParts): Trace {
  const color = PALETTE[parts.i % PALETTE.length];
  const extra = parts.name === null ? "" : plotlyText(parts.name);
  const symbol = SERIES_SYMBOLS[parts.i % SERIES_SYMBOLS.length];
  const estimated = parts.symbols.includes("[e]");
  return {
    type: "scatter",
    mode: estimated ? "lines+markers+text" : "lines+markers",
    name: parts.name ?? parts.yTitle,
    x: periods,
    y: values,
    connectgaps: false,
    line: { color, width: 2 },
    marker: {
      color,
      size: 7,
      symbol: estimated
        ? parts.symbols.map((s) => (s === "[e]" ? `${symbol}-open` : symbol))
        : symbol,
    },
    ...(estimated
      ? { text: parts.symbols.map((s) => (s === "[e]" ? s : "")), textposition: "top center" }
      : {}),
    hovertemplate: `%{x}<br>${valueFormat(parts.format).hover}<extra>${extra}</extra>`,
    meta: { symbols: parts.symbols },
  };
}
