import type { ValueFormat } from "../format/format_value.ts";
import { numberAtLeast } from "../format/options.ts";
import type { BaseChartOptions, JsonObject } from "./figure.ts";
import { PALETTE } from "./palette.ts";
import { sourceAnnotation } from "./source_annotation.ts";
import { bottomNote } from "./_note.ts";
import { plotlyText, wrapText } from "./_text.ts";

// The layout every chart shares: fonts, colours, margins, the title, and the note under the plot
// (what is left out, source, licence). Sizes are fixed numbers, not measured text, so a figure's
// JSON depends only on its data and options.

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const LINE_HEIGHT = 15;

// The chart's own options (its title, finding, source, height), and what its builder works out.
export interface LayoutParts extends BaseChartOptions {
  what: string;
  notes: string[];
  // Pixels the chart needs under the plot area (tick labels, axis title) before the note.
  below: number;
  defaultHeight: number;
  legend: boolean;
  // The legend's entries, to leave room for as many rows as they take.
  legendNames?: string[];
  // False for charts without axes (treemap, sunburst), which have no plot background.
  cartesian?: boolean;
  valueFormat: ValueFormat;
}

export function baseLayout(parts: LayoutParts): JsonObject {
  const offset = parts.below + 14;
  const note = parts.source !== undefined
    ? sourceAnnotation(parts.source, { notes: parts.notes, offset })
    : parts.notes.length > 0
    ? bottomNote("note", parts.notes, offset)
    : null;
  const lines = note === null ? 0 : String(note.text).split("<br>").length;
  const layout: JsonObject = {
    font: { family: FONT, size: 13, color: "#222222" },
    colorway: [...PALETTE],
    paper_bgcolor: "#ffffff",
    height: numberAtLeast(`build ${parts.what}`, "height", parts.height, parts.defaultHeight, {
      min: 120,
      integer: true,
    }),
    margin: {
      t: (parts.title ? 56 : 24) +
        (parts.legend ? 28 + 20 * (legendRows(parts.legendNames ?? []) - 1) : 0),
      r: 24,
      b: offset + lines * LINE_HEIGHT + 12,
      l: 72,
    },
    hoverlabel: { font: { family: FONT } },
    showlegend: parts.legend,
    annotations: note === null ? [] : [note],
    meta: { valueFormat: parts.valueFormat },
  };
  if (parts.finding !== undefined) {
    if (typeof parts.finding !== "string" || parts.finding.trim() === "") {
      throw new TypeError(
        `Cannot build ${parts.what}: option "finding" must be a sentence of text, got ${
          JSON.stringify(parts.finding)
        }`,
      );
    }
    (layout.meta as JsonObject).finding = parts.finding;
  }
  if (parts.title) {
    layout.title = { text: plotlyText(parts.title), x: 0, xref: "paper", xanchor: "left" };
  }
  if (parts.cartesian !== false) layout.plot_bgcolor = "#ffffff";
  if (parts.legend) {
    layout.legend = {
      orientation: "h",
      traceorder: "normal",
      x: 0,
      xanchor: "left",
      y: 1,
      yanchor: "bottom",
    };
  }
  return layout;
}

export function valueAxis(title: string, axis: JsonObject): JsonObject {
  return {
    title: { text: plotlyText(title) },
    ...axis,
    rangemode: "tozero",
    gridcolor: "#e6e6e6",
    zerolinecolor: "#999999",
    automargin: true,
  };
}

// Rows a horizontal legend takes above a plot about 700 px wide (a 900 px picture less margins
// and category labels). An entry is a 40 px symbol and gap, then about 7 px a character of 13 px
// text. Plotly puts all entries on one row when they fit; otherwise it lines them up in columns
// as wide as the widest entry. A fixed estimate, so the figure does not depend on measuring text.
function legendRows(names: string[], width = 700): number {
  const widths = names.map((name) => 40 + 7 * name.length);
  if (widths.reduce((sum, w) => sum + w, 0) <= width) return 1;
  const columns = Math.max(1, Math.floor(width / Math.max(...widths)));
  return Math.ceil(names.length / columns);
}

// A category axis whose labels are wrapped rather than rotated; returns the axis and the
// number of lines its longest label takes.
export function categoryAxis(title: string, categories: string[], width: number) {
  const ticktext = categories.map((c) => wrapText(c, width));
  const lines = Math.max(1, ...ticktext.map((t) => t.split("<br>").length));
  const axis: JsonObject = {
    // A set standoff puts the title below the tick labels however many lines they wrap to.
    title: { text: plotlyText(title), standoff: 12 },
    type: "category",
    tickmode: "array",
    tickvals: categories,
    ticktext,
    automargin: true,
  };
  return { axis, lines };
}

// Pixels under the plot area taken by the x axis: `lines` lines of tick labels (16 px each), a
// gap, and the axis title.
export function axisBelow(lines: number): number {
  return lines * 16 + 10 + 28;
}

// "financial_year" → "Financial year", for default axis titles.
export function humanise(name: string): string {
  const words = name.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function defaultValueTitle(format: ValueFormat, column: string): string {
  return {
    gbp: "Amount (£)",
    count: "Count",
    percent: "Percent",
    points: "Percentage points",
    number: humanise(column),
  }[format];
}
