import type { Figure, JsonObject } from "../charts/figure.ts";
import { describeValue } from "../format/describe_value.ts";
import { plural } from "../format/plural.ts";
import { type FigureSummary, summarise } from "./_figure_summary.ts";
import { escapeHtml } from "./escape_html.ts";
import { STYLE } from "./_html.ts";
import { findNonJson, jsonDigest } from "./_json.ts";
import { plainTable } from "./_plain_table.ts";
import { pictureSlot, PLOTLY_MIME_TYPE } from "./chart_picture.ts";
import { withKernelPicture } from "./_kernel_picture.ts";
import { type Displayable, JUPYTER_DISPLAY, toDisplayable } from "./displayable.ts";
import { numberAtLeast } from "../format/options.ts";

export { PLOTLY_MIME_TYPE };

/** Options for {@linkcode chart}. */
export interface ChartOptions {
  /**
   * The HTML id of the fallback `<figure>`; default `vc-chart-` and 12 hex digits of a hash of
   * the figure, so re-running a notebook gives the same id. Set one when a notebook shows the
   * same figure twice.
   */
  id?: string;
  /** Plotly config (`displaylogo`, `responsive`…) merged over `{ displaylogo: false, responsive: true }`. */
  config?: JsonObject;
  /** The most rows in the static summary of the values; default 40. */
  maxRows?: number;
}

/**
 * Shows a Plotly figure. The bundle holds the figure as `application/vnd.plotly.v1+json` (drawn
 * by VS Code, JupyterLab with jupyterlab-plotly, and the report site, which loads plotly.js
 * itself), a `text/html` form (a slot for the chart's picture, then a static table of the values
 * with the source note, under a stable id), and a `text/plain` summary. plotly.js is never put in
 * the output, and nothing in it is random or dated, so a re-run notebook's outputs do not change.
 *
 * The picture: when the Deno kernel shows the value (as a cell's last value, or through
 * `display()`), it is drawn by Plotly in headless Chromium and added as `image/png` and as an
 * `<img>` with alt text in the HTML, so every front end shows the chart, even an untrusted
 * notebook or a code host. Where no Chromium is found the HTML says how to get one. The notebook
 * runner (`deno task nb run`) draws the pictures itself, with one browser for the whole run.
 *
 * @param figure A Plotly `{ data, layout }`, such as a chart builder returns.
 * @param options The fallback's id, Plotly config, and the summary's row limit.
 * @returns A displayable value; its bundle holds a deep copy of the figure.
 * @throws {TypeError} When the figure is not `{ data: [...], layout: {...} }` with a `type` on
 * every trace, or holds something JSON cannot (a function, undefined, NaN, a Date…).
 * @throws {RangeError} When `id` is not a valid HTML id or `maxRows` is not a positive whole
 * number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chart, PLOTLY_MIME_TYPE } from "./mod.ts";
 * const figure = {
 *   data: [{ type: "bar", x: ["2021-22", "2022-23"], y: [561813, 572798] }],
 *   layout: { title: { text: "Victim First funding" }, yaxis: { tickprefix: "£" } },
 * };
 * const out = chart(figure);
 * assert.deepEqual(out.bundle[PLOTLY_MIME_TYPE], {
 *   ...figure, config: { displaylogo: false, responsive: true },
 * });
 * assert.match(String(out.bundle["text/plain"]), /2022-23\s+£572,798/);
 * assert.match(String(out.bundle["text/html"]), /<figure class="vc-out vc-chart" id="vc-chart-[0-9a-f]{12}">/);
 * ```
 */
export function chart(figure: Figure, options: ChartOptions = {}): Displayable {
  checkFigure(figure);
  const copy = JSON.parse(JSON.stringify({ data: figure.data, layout: figure.layout })) as Figure;
  const id = options.id ?? `vc-chart-${jsonDigest(copy).slice(0, 12)}`;
  if (!/^[A-Za-z][\w-]*$/.test(id)) {
    throw new RangeError(
      `Cannot display chart: option "id" must be a valid HTML id, got ${describeValue(id)}`,
    );
  }
  const maxRows = numberAtLeast("display chart", "maxRows", options.maxRows, 40, {
    min: 1,
    integer: true,
  });
  const summary = summarise(copy, maxRows);
  const shown = toDisplayable({
    [PLOTLY_MIME_TYPE]: {
      ...copy,
      config: { displaylogo: false, responsive: true, ...(options.config ?? {}) },
    },
    "text/html": html(summary, id),
    "text/plain": plain(summary),
  });
  return { ...shown, [JUPYTER_DISPLAY]: () => withKernelPicture(shown.bundle) };
}

function checkFigure(figure: Figure): void {
  const f = figure as Partial<Figure> | null;
  if (f === null || typeof f !== "object" || !Array.isArray(f.data)) {
    throw new TypeError(
      "Cannot display chart: expected a Plotly figure { data: [...], layout }, got " +
        describeValue(figure),
    );
  }
  if (f.layout === null || typeof f.layout !== "object" || Array.isArray(f.layout)) {
    throw new TypeError("Cannot display chart: the figure's layout must be an object");
  }
  f.data.forEach((trace, i) => {
    if (trace === null || typeof trace !== "object" || typeof trace.type !== "string") {
      throw new TypeError(`Cannot display chart: data[${i}] needs a "type" such as "bar"`);
    }
  });
  const problem = findNonJson(f.data, "data") ?? findNonJson(f.layout, "layout");
  if (problem) throw new TypeError(`Cannot display chart: ${problem}`);
}

function plain(summary: FigureSummary): string {
  const lines = [`Chart: ${summary.title ?? "(untitled)"}`];
  if (summary.headers.length > 0 && summary.rows.length > 0) {
    lines.push(
      ...plainTable(summary.headers.map((header, c) => ({
        header,
        cells: summary.rows.map((row) => row[c]),
        right: summary.right[c],
      }))),
    );
  }
  if (summary.hidden > 0) lines.push(`… ${plural(summary.hidden, "more row")}`);
  lines.push(
    ...summary.notes,
    "(Plotly chart: open the notebook in VS Code, or in JupyterLab " +
      "with jupyterlab-plotly, to see it drawn)",
  );
  return lines.join("\n");
}

function html(summary: FigureSummary, id: string): string {
  const head = summary.headers.map((h, c) => th(h, summary.right[c])).join("");
  const rows = summary.rows.map((row) =>
    `<tr>${row.map((cell, c) => td(cell, summary.right[c])).join("")}</tr>`
  );
  if (summary.hidden > 0) {
    const span = summary.headers.length;
    rows.push(
      `<tr class="more"><td colspan="${span}">… ${plural(summary.hidden, "more row")}</td></tr>`,
    );
  }
  const caption = summary.title === null
    ? ""
    : `<figcaption><strong>${escapeHtml(summary.title)}</strong></figcaption>`;
  const notes = summary.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join("");
  return `<figure class="vc-out vc-chart" id="${id}">${STYLE}${caption}${pictureSlot(null)}` +
    `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>${notes}` +
    `</figure>`;
}

function th(text: string, right: boolean): string {
  return `<th${right ? ' class="n"' : ""}>${escapeHtml(text)}</th>`;
}

function td(text: string, right: boolean): string {
  return `<td${right ? ' class="n"' : ""}>${escapeHtml(text)}</td>`;
}
