import type { Figure } from "../charts/figure.ts";
import type { Picture } from "../picture/open_painter.ts";
import type { MimeBundle } from "./displayable.ts";
import { altText } from "./alt_text.ts";
import { escapeHtml } from "./escape_html.ts";

// The picture of a chart output, in one place: chart() leaves a slot for it in its HTML, which
// says how to get the picture; an interactive kernel (see _kernel_picture.ts) or the notebook
// runner then fills the slot with the picture drawn by Plotly, and adds it as image/png.

/**
 * The MIME type of a Plotly figure, drawn by VS Code and by JupyterLab's plotly extension.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chart } from "../mod.ts";
 * import { PLOTLY_MIME_TYPE } from "./mod.ts";
 * const shown = chart({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 * assert.ok(PLOTLY_MIME_TYPE in shown.bundle);
 * ```
 */
export const PLOTLY_MIME_TYPE = "application/vnd.plotly.v1+json";

/**
 * The environment variable the notebook runner sets to `runner` in the kernels it starts: the
 * runner draws every chart's picture after the notebook has run, with one Chromium for the whole
 * run, so the kernel does not start one of its own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHART_PICTURES_ENV } from "./mod.ts";
 * assert.equal(CHART_PICTURES_ENV, "VC_CHART_PICTURES");
 * ```
 */
export const CHART_PICTURES_ENV = "VC_CHART_PICTURES";

/** A chart's picture: a base64 PNG and its size in CSS pixels, as the painter draws it. */
export type ChartPicture = Picture;

const SLOT = /<div class="vc-picture">[\s\S]*?<\/div>/;

const HOW =
  "Charts are drawn as pictures when a notebook is run with <code>deno task nb run</code> " +
  "or <code>deno task reproduce</code>, and in a kernel that finds Chromium: install Debian's " +
  "<code>chromium</code> package (<code>apt-get install chromium</code>) or set " +
  "<code>CHROMIUM_PATH</code> to a Chromium or Chrome executable, then re-run the cell.";

const INTERACTIVE = "VS Code, JupyterLab with the jupyterlab-plotly extension, and the HTML " +
  "report draw it interactively. Its values are below.";

/**
 * The slot for a chart's picture in its HTML, as `chart()` writes it: without a picture, a note
 * saying why there is none (when known) and how to get one.
 *
 * @param reason Why the picture could not be drawn, or null when it was not tried.
 * @returns The slot's HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pictureSlot } from "./mod.ts";
 * assert.match(pictureSlot(null), /^<div class="vc-picture"><p>No picture of this chart here\./);
 * assert.match(pictureSlot("Chromium did not start"), /Chromium did not start\./);
 * ```
 */
export function pictureSlot(reason: string | null): string {
  const why = reason === null
    ? "No picture of this chart here."
    : `No picture of this chart: ${escapeHtml(reason.replace(/[.\s]+$/, ""))}.`;
  return `<div class="vc-picture"><p>${why} ${HOW} ${INTERACTIVE}</p></div>`;
}

/**
 * The Plotly figure of a chart output's MIME bundle, without its config; null when the bundle
 * holds none.
 *
 * @param bundle A MIME bundle, such as a notebook output's `data`.
 * @returns The `{ data, layout }`, or null.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chart, chartFigure } from "./mod.ts";
 * const figure = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} };
 * assert.deepEqual(chartFigure(chart(figure).bundle), figure);
 * assert.equal(chartFigure({ "text/plain": "1" }), null);
 * ```
 */
export function chartFigure(bundle: MimeBundle): Figure | null {
  const value = bundle[PLOTLY_MIME_TYPE] as Partial<Figure> | undefined;
  if (value === null || typeof value !== "object" || !Array.isArray(value.data)) return null;
  const layout = value.layout !== null && typeof value.layout === "object" ? value.layout : {};
  return { data: value.data, layout };
}

/**
 * Adds a chart's picture to its MIME bundle: as `image/png`, and in its `text/html` as an
 * `<img>` with alt text from the figure ({@linkcode altText}), in the slot `chart()` left (or
 * before the HTML of a chart made elsewhere), so front ends that prefer HTML show the picture,
 * with the values table still beneath it.
 *
 * @param bundle A chart output's bundle (it is not changed); `text/html` may be nbformat lines.
 * @param picture The picture.
 * @returns A new bundle with the picture; its `text/html` is one string.
 * @throws {TypeError} When the bundle holds no Plotly figure.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chart, withChartPicture } from "./mod.ts";
 * const shown = chart({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 * const bundle = withChartPicture(shown.bundle, { png: "iVBORw0K", width: 760, height: 450 });
 * assert.equal(bundle["image/png"], "iVBORw0K");
 * assert.match(String(bundle["text/html"]), /<img src="data:image\/png;base64,iVBORw0K" alt="Bar chart/);
 * ```
 */
export function withChartPicture(bundle: MimeBundle, picture: ChartPicture): MimeBundle {
  const figure = chartFigure(bundle);
  if (figure === null) {
    throw new TypeError("Cannot add a chart picture: the output holds no Plotly figure");
  }
  const img = `<img src="data:image/png;base64,${picture.png}" alt="${
    escapeHtml(altText(figure))
  }" width="${picture.width}" height="${picture.height}" style="max-width:100%;height:auto">`;
  const html = htmlOf(bundle);
  return {
    ...bundle,
    "image/png": picture.png,
    "text/html": SLOT.test(html)
      ? html.replace(SLOT, () => `<div class="vc-picture">${img}</div>`)
      : `<div class="vc-picture">${img}</div>${html}`,
  };
}

/**
 * Says in a chart output's HTML why it has no picture, and how to get one (see
 * {@linkcode pictureSlot}); an output without the slot `chart()` writes is returned as it is.
 *
 * @param bundle A chart output's bundle (it is not changed).
 * @param reason Why the picture could not be drawn.
 * @returns A new bundle.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chart, withoutChartPicture } from "./mod.ts";
 * const shown = chart({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 * const bundle = withoutChartPicture(shown.bundle, 'No Chromium at "/usr/bin/chromium"');
 * assert.match(String(bundle["text/html"]), /No Chromium at &quot;\/usr\/bin\/chromium&quot;\./);
 * ```
 */
export function withoutChartPicture(bundle: MimeBundle, reason: string): MimeBundle {
  const html = htmlOf(bundle);
  if (!SLOT.test(html)) return { ...bundle };
  return { ...bundle, "text/html": html.replace(SLOT, () => pictureSlot(reason)) };
}

function htmlOf(bundle: MimeBundle): string {
  const html = bundle["text/html"];
  return Array.isArray(html) ? html.join("") : typeof html === "string" ? html : "";
}
