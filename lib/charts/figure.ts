import type { ValueFormat } from "../format/format_value.ts";
import type { SourceInfo } from "./source_annotation.ts";
import type { JsonObject } from "../io/json.ts";
export type { JsonObject, JsonValue } from "../io/json.ts";

/** One Plotly trace: its `type` (`bar`, `scatter`, `treemap`…) and its attributes. */
export interface Trace extends JsonObject {
  /** The Plotly trace type. */
  type: string;
}

/**
 * A Plotly figure as plain JSON: what the chart builders return and `chart()` displays. It is
 * the payload of the `application/vnd.plotly.v1+json` MIME type, so no plotly.js is needed to
 * build or test one.
 */
export interface Figure {
  /** The traces, drawn in order. */
  data: Trace[];
  /** Titles, axes, margins, fonts and annotations. */
  layout: JsonObject;
}

/** Options every chart builder takes. */
export interface BaseChartOptions {
  /** The chart's title. */
  title?: string;
  /**
   * What the chart shows, in a sentence ("Referrals rose in every quarter"): the start of its alt
   * text, after the title (see `altText`). Kept in `layout.meta.finding`.
   */
  finding?: string;
  /**
   * The source document(s) to credit under the plot: entries of `readManifest()` (publisher,
   * reference, date, licence).
   */
  source?: SourceInfo | SourceInfo[];
  /** The figure's height in pixels; each builder picks a default to suit its chart. */
  height?: number;
}

/** Options of the charts with a category (or period) axis and a value axis: bar, line, waterfall. */
export interface XYChartOptions extends BaseChartOptions {
  /** The column of categories (or periods), one bar, point or step each, in order of first appearance. */
  x: string;
  /** The column of numbers, summed per category; default `"value"`. */
  y?: string;
  /** The category axis title; default the `x` column's name. */
  xTitle?: string;
  /** The value axis title; default from the format, such as `Amount (£)` or `Count`. */
  yTitle?: string;
  /** How values are written; default from a `unit` column (GBP → `gbp`), else `number`. */
  yFormat?: ValueFormat;
}
