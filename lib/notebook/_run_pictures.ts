/**
 * The runner's picture step: after a notebook has run, every chart output (one holding a Plotly
 * figure) gains its picture, drawn by Plotly in headless Chromium, as `image/png` and as an
 * `<img>` with alt text in its HTML (see `withChartPicture`); the alt text is also in the output's
 * metadata. The kernels the runner starts are told to leave pictures to it, so one Chromium
 * serves a whole run: `runNotebooks` holds it from the first notebook to the last. Where no
 * picture can be drawn the output says why and how to get one, and the run goes on.
 *
 * @module
 */
import {
  CHART_PICTURES_ENV,
  chartFigure,
  withChartPicture,
  withoutChartPicture,
} from "../display/chart_picture.ts";
import { altText } from "../display/alt_text.ts";
import { drawPicture, holdPainter, warmPainter } from "../picture/draw_picture.ts";
import { type DisplayDataOutput, type MimeBundle, type Notebook, splitLines } from "./nbformat.ts";

export { holdPainter as holdPictures };

/** The environment of a kernel the runner starts: this process's, and no pictures of its own. */
export function kernelEnv(): Record<string, string> {
  return { ...Deno.env.toObject(), [CHART_PICTURES_ENV]: "runner" };
}

/**
 * Starts Chromium for the run's pictures before a notebook that makes charts executes, so that
 * the browser starts while the kernel runs the cells (a notebook whose code never calls `chart(`
 * leaves it alone, and a run whose notebooks are all up to date never starts it).
 */
export function warmPictures(notebook: Notebook): void {
  const code = notebook.cells.filter((cell) => cell.cell_type === "code")
    .map((cell) => [cell.source].flat().join(""));
  if (code.some((source) => source.includes("chart("))) warmPainter();
}

let warned = false;

/** Adds a picture to every chart output of an executed notebook, in place. */
export async function addChartPictures(notebook: Notebook): Promise<void> {
  const charts = notebook.cells.flatMap((cell) => cell.cell_type === "code" ? cell.outputs : [])
    .filter((output): output is DisplayDataOutput =>
      "data" in output && chartFigure(output.data) !== null
    );
  if (charts.length === 0) return;
  const release = holdPainter();
  try {
    for (const output of charts) await addPicture(output);
  } finally {
    await release();
  }
}

async function addPicture(output: DisplayDataOutput): Promise<void> {
  const figure = chartFigure(output.data)!;
  try {
    const picture = await drawPicture(figure);
    output.data = htmlAsLines(withChartPicture(output.data, picture));
    const { width, height } = picture;
    output.metadata = { ...output.metadata, "image/png": { width, height, alt: altText(figure) } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.data = htmlAsLines(withoutChartPicture(output.data, reason));
    if (!warned) console.warn(`Charts are shown without pictures: ${reason}`);
    warned = true;
  }
}

// nbformat stores text as lines, as the output recorder does.
function htmlAsLines(bundle: MimeBundle): MimeBundle {
  const html = bundle["text/html"];
  return typeof html === "string" ? { ...bundle, "text/html": splitLines(html) } : bundle;
}
