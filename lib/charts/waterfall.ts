import type { ColumnTable } from "../data/arquero.ts";
import { formatValue, type ValueFormat } from "../format/format_value.ts";
import type { Figure, Trace, XYChartOptions } from "./figure.ts";
import { PALETTE } from "./palette.ts";
import { valueFormat } from "./value_format.ts";
import { missingNotes, sumBy } from "./_aggregate.ts";
import { axisBelow, baseLayout, categoryAxis, valueAxis } from "./_layout.ts";
import { checkTable, chooseFormat, titles } from "./_table.ts";

/** Options for {@linkcode waterfall}. */
export interface WaterfallOptions extends XYChartOptions {
  /** The total the document states, to set against the sum of the parts. */
  total: number;
  /** The label of the stated total's bar; default `"Stated total"`. */
  totalLabel?: string;
  /** The label of the bar summing the parts; default `"Sum of parts"`. */
  sumLabel?: string;
}

/**
 * Builds a reconciliation waterfall: each part adds a step, then a bar for the sum of the parts
 * and a bar for the total the document states, so any difference shows; the note under the
 * chart gives both figures and the difference. Missing values are left out of the sum and named.
 *
 * @param table The parts (rows whose role is `observation`), such as one from `load()`.
 * @param options The part and value columns, the stated total, labels, format and source.
 * @returns A Plotly figure as plain JSON, for `chart()`.
 * @throws {TypeError} When `table` is not an Arquero table or a column holds the wrong type.
 * @throws {RangeError} When `total` is not a finite number, an option names no column, or a
 * stated total is among the parts.
 * @example Commissioned spend by priority against the stated TOTAL (framework line 201)
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../data/mod.ts";
 * import { waterfall } from "./mod.ts";
 * const spend = (await load("commissioning_spend"))
 *   .filter((d) => d.section === "commissioned" && d.role === "observation");
 * const figure = waterfall(spend, { x: "priority", total: 4654011 });
 * assert.deepEqual(figure.data[0].measure, [
 *   "relative", "relative", "relative", "relative", "relative", "total", "absolute",
 * ]);
 * assert.deepEqual((figure.data[0].y as number[]).slice(-2), [4654011, 4654011]);
 * ```
 */
export function waterfall(table: ColumnTable, options: WaterfallOptions): Figure {
  const what = "waterfall";
  checkTable(table, what);
  if (typeof options?.total !== "number" || !Number.isFinite(options.total)) {
    throw new RangeError(
      `Cannot build waterfall: option "total" is ${String(options?.total)}, not a finite number`,
    );
  }
  const y = options.y ?? "value";
  const format = chooseFormat(table, options.yFormat, what, y);
  const by = [{ option: "x", column: options.x }];
  const groups = sumBy(table, { by, value: y, missing: "skip", what });
  const parts = groups.filter((g) => g.sum !== null);
  const sum = parts.reduce((acc, g) => acc + (g.sum ?? 0), 0);
  const labels = [
    ...parts.map((g) => String(g.key[0])),
    options.sumLabel ?? "Sum of parts",
    options.totalLabel ?? "Stated total",
  ];
  const values = [...parts.map((g) => g.sum as number), sum, options.total];
  const { xTitle, yTitle, title } = titles(options, format, y);
  const { axis, lines } = categoryAxis(xTitle, labels, 16);
  const layout = baseLayout({
    ...options,
    what,
    title,
    notes: [
      reconciliation(sum, options.total, format),
      ...missingNotes(groups, "Parts with no value known"),
    ],
    below: axisBelow(lines),
    defaultHeight: 480,
    legend: false,
    valueFormat: format,
  });
  layout.xaxis = { ...axis, tickangle: 0 };
  layout.yaxis = valueAxis(yTitle, valueFormat(format).axis);
  return { data: [waterfallTrace(labels, values, format)], layout };
}

// Parts step up from 0; "total" is Plotly's running sum; "absolute" is the stated figure. The
// labels are our own formatted text, so they read the same as every other figure we print.
function waterfallTrace(labels: string[], values: number[], format: ValueFormat): Trace {
  const texts = values.map((v) => formatValue(v, format));
  return {
    type: "waterfall",
    orientation: "v",
    x: labels,
    y: values,
    measure: [...Array.from({ length: values.length - 2 }, () => "relative"), "total", "absolute"],
    text: texts,
    textposition: "outside",
    customdata: texts,
    hovertemplate: "%{x}<br>%{customdata}<extra></extra>",
    connector: { line: { color: "#999999", width: 1 } },
    increasing: { marker: { color: PALETTE[0] } },
    decreasing: { marker: { color: PALETTE[3] } },
    totals: { marker: { color: PALETTE[4] } },
  };
}

function reconciliation(sum: number, total: number, format: ValueFormat): string {
  const difference = total - sum;
  const agreement = difference === 0
    ? "they agree"
    : `the stated total is ${formatValue(Math.abs(difference), format)} ${
      difference > 0 ? "more" : "less"
    }`;
  return `The parts sum to ${formatValue(sum, format)}; the document states ${
    formatValue(total, format)
  }: ${agreement}`;
}
