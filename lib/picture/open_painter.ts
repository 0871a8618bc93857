import { fileURLToPath } from "node:url";
import type { Figure } from "../charts/figure.ts";
import { findChromium } from "./find_chromium.ts";
import { shrinkPng } from "./_shrink_png.ts";

// plotly.js and playwright-core are named here and loaded only when a painter opens: plotly.js
// is a 10 MB file read by the page, never a module of ours, and playwright-core drives Chromium.
// Both are pinned, so the picture is drawn by the same Plotly wherever the toolkit is imported.

/** A chart drawn as a PNG. */
export interface Picture {
  /** The PNG, base64-encoded, as a notebook output stores it. */
  png: string;
  /** Its width in CSS pixels (the PNG has `width * scale` pixels). */
  width: number;
  /** Its height in CSS pixels. */
  height: number;
}

/** Options for {@linkcode Painter.draw}. */
export interface DrawOptions {
  /** Width in CSS pixels; default the layout's `width`, else {@linkcode PICTURE_WIDTH}. */
  width?: number;
  /** Height in CSS pixels; default the layout's `height`, else 450 (Plotly's default). */
  height?: number;
  /** Device pixels per CSS pixel; default {@linkcode PICTURE_SCALE}. */
  scale?: number;
  /**
   * The most colours in the PNG's palette, 2 to 256; 0 keeps full colour. Default
   * {@linkcode PICTURE_COLORS}.
   */
  colors?: number;
}

/** Draws Plotly figures as pictures in one headless Chromium page. */
export interface Painter {
  /** The Chromium executable it runs. */
  readonly chromium: string;
  /** True once the browser has gone: closed, crashed or killed. */
  readonly closed: boolean;
  /** Draws a figure with Plotly's own `toImage`; draws run one at a time, in call order. */
  draw(figure: Figure, options?: DrawOptions): Promise<Picture>;
  /** Closes the browser; later draws fail. */
  close(): Promise<void>;
}

/**
 * The width of a picture, in CSS pixels, when the figure sets none: about the width of the output
 * area of the classic Notebook, JupyterLab and a code host's notebook view (narrower views scale
 * it down), and wide enough for a long title and a legend of three long names on one line.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PICTURE_WIDTH } from "./mod.ts";
 * assert.equal(PICTURE_WIDTH, 900);
 * ```
 */
export const PICTURE_WIDTH = 900;

/**
 * Device pixels per CSS pixel. With {@linkcode PICTURE_COLORS} a bar chart's PNG is about 15 kB
 * and a treemap's about 30 kB, so a notebook with five charts, each stored twice (as `image/png`
 * and in the HTML's `<img>`), stays near a third of a megabyte.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PICTURE_SCALE } from "./mod.ts";
 * assert.equal(PICTURE_SCALE, 1);
 * ```
 */
export const PICTURE_SCALE = 1;

/**
 * The most colours in a picture's palette: 256 keeps a chart's colours and anti-aliased text as
 * they look, at about a third of a full-colour PNG's size.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PICTURE_COLORS } from "./mod.ts";
 * assert.equal(PICTURE_COLORS, 256);
 * ```
 */
export const PICTURE_COLORS = 256;

/**
 * The flags the painter starts Chromium with (headless is playwright's default): a quiet,
 * offline browser, with no first-run work, no updates and no background requests. Tests that
 * drive Chromium can start it the same way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CHROMIUM_FLAGS } from "./mod.ts";
 * assert.ok(CHROMIUM_FLAGS.includes("--disable-background-networking"));
 * ```
 */
export const CHROMIUM_FLAGS: readonly string[] = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]);

/**
 * Starts a headless Chromium with one page that has plotly.js loaded from the pinned npm package
 * (`plotly.js-dist` 4.1.1) on disk. The page makes no network requests, so pictures are drawn
 * offline and depend only on the figure, the fonts and the Plotly version.
 *
 * @param options The Chromium to run; default {@linkcode findChromium}'s.
 * @returns The painter. Close it when done: an open browser keeps the process alive.
 * @throws {Deno.errors.NotFound} When no Chromium is found (the message says how to get one).
 * @throws {Error} When Chromium does not start or plotly.js does not load.
 * @example
 * ```ts ignore
 * import { openPainter } from "./mod.ts";
 * const painter = await openPainter();
 * try {
 *   const picture = await painter.draw({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 *   console.log(picture.width, picture.height, picture.png.length);
 * } finally {
 *   await painter.close();
 * }
 * ```
 */
export async function openPainter(options: { chromium?: string } = {}): Promise<Painter> {
  const chromium = options.chromium ?? await findChromium();
  const [{ chromium: launcher }, plotly] = await Promise.all([
    import("npm:playwright-core@1.65.1"),
    plotlyFile(),
  ]);
  const browser = await launcher.launch({ executablePath: chromium, args: [...CHROMIUM_FLAGS] })
    .catch((error: Error) => {
      throw new Error(
        `Cannot draw chart pictures: Chromium "${chromium}" did not start: ${firstLine(error)}`,
        { cause: error },
      );
    });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await page.addScriptTag({ path: plotly });
    let queue: Promise<unknown> = Promise.resolve();
    let closed = false;
    browser.on("disconnected", () => (closed = true));
    return {
      chromium,
      get closed() {
        return closed;
      },
      async draw(figure: Figure, drawOptions: DrawOptions = {}): Promise<Picture> {
        const { width, height, scale, colors } = pictureSize(figure, drawOptions);
        const json = JSON.stringify(figure);
        const drawn = queue.then(() => page.evaluate(toPng, { json, width, height, scale }))
          .then((png) => colors === 0 ? png : shrinkPng(png, colors))
          .then((png) => ({ png, width, height }))
          .catch((error: Error) => {
            throw new Error(`Cannot draw chart picture: ${firstLine(error)}`, { cause: error });
          });
        queue = drawn.catch(() => {});
        return await drawn;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// Runs in the page: Plotly's own static export, drawn off-screen.
async function toPng(
  args: { json: string; width: number; height: number; scale: number },
): Promise<string> {
  // deno-lint-ignore no-explicit-any
  const Plotly = (globalThis as any).Plotly;
  const { json, width, height, scale } = args;
  const figure = JSON.parse(json);
  const url: string = await Plotly.toImage(
    { data: figure.data, layout: figure.layout, config: { staticPlot: true } },
    { format: "png", width, height, scale },
  );
  return url.slice(url.indexOf(",") + 1);
}

function pictureSize(figure: Figure, options: DrawOptions) {
  const layout = figure?.layout ?? {};
  const size = {
    width: options.width ?? (typeof layout.width === "number" ? layout.width : PICTURE_WIDTH),
    height: options.height ?? (typeof layout.height === "number" ? layout.height : 450),
    scale: options.scale ?? PICTURE_SCALE,
  };
  const colors = options.colors ?? PICTURE_COLORS;
  if (!Number.isInteger(colors) || colors < 0 || colors > 256 || colors === 1) {
    throw new RangeError(
      `Cannot draw chart picture: colors "${colors}" must be 0 (full colour) or 2 to 256`,
    );
  }
  for (const [name, value] of Object.entries(size)) {
    if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
      throw new RangeError(
        `Cannot draw chart picture: ${name} "${value}" must be a positive number`,
      );
    }
  }
  return { ...size, colors };
}

// The pinned plotly.js on disk. Importing the package's package.json makes Deno fetch the
// package if it is not cached yet (a notebook outside the repository), after which the
// specifier resolves to the file: in the project's node_modules, or in Deno's cache.
async function plotlyFile(): Promise<string> {
  await import("npm:plotly.js-dist@4.1.1/package.json", { with: { type: "json" } });
  const url = import.meta.resolve("npm:plotly.js-dist@4.1.1");
  if (!url.startsWith("file:")) {
    throw new Error(`Cannot draw chart pictures: plotly.js resolved to "${url}", not a file`);
  }
  return fileURLToPath(url);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? text;
}
