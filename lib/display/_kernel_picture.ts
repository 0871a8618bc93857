import type { MimeBundle } from "./displayable.ts";
import {
  CHART_PICTURES_ENV,
  chartFigure,
  withChartPicture,
  withoutChartPicture,
} from "./chart_picture.ts";
import { kernelApi } from "./_jupyter.ts";

// A chart's picture in an interactive kernel (Jupyter, VS Code): drawn when the kernel shows the
// chart, by the kernel's own Chromium, started on the first chart and kept until the kernel
// exits (the browser ends with its parent process). Not in a kernel our runner started: the
// runner draws the pictures itself with one browser for the whole run. Outside a kernel (deno
// run, deno test) nothing is drawn. lib/picture, playwright-core and plotly.js load only here,
// on the first chart.

let release: (() => Promise<void>) | null = null;

export async function withKernelPicture(bundle: MimeBundle): Promise<MimeBundle> {
  if (kernelApi() === null || Deno.env.get(CHART_PICTURES_ENV) === "runner") return bundle;
  const figure = chartFigure(bundle);
  if (figure === null) return bundle;
  try {
    const { drawPicture, holdPainter } = await import("../picture/mod.ts");
    release ??= holdPainter();
    return withChartPicture(bundle, await drawPicture(figure));
  } catch (error) {
    return withoutChartPicture(bundle, error instanceof Error ? error.message : String(error));
  }
}
