import type { Figure } from "../charts/figure.ts";
import { type DrawOptions, openPainter, type Painter, type Picture } from "./open_painter.ts";

// One painter (one Chromium) per process, shared by every caller while any of them holds it, so a
// run of many notebooks, or an interactive kernel, starts the browser once. It opens on the
// first draw and closes when the last holder lets go.
let holders = 0;
let shared: Promise<Painter> | null = null;

/**
 * Keeps the shared painter open until the returned function is called: hold it around a batch
 * of {@linkcode drawPicture} calls (a run of notebooks) so they share one Chromium. Holding
 * costs nothing until something is drawn; the browser closes when the last holder lets go.
 *
 * @returns A function that lets go (calling it again does nothing) and resolves once the browser
 * has closed, if this was the last holder.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { holdPainter } from "./mod.ts";
 * const release = holdPainter();
 * assert.equal(await release(), undefined);
 * ```
 */
export function holdPainter(): () => Promise<void> {
  holders++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holders--;
    if (holders > 0 || shared === null) return;
    const open = shared;
    shared = null;
    await open.then((painter) => painter.close(), () => {});
  };
}

/**
 * Draws a figure as a PNG with the process's shared painter (see {@linkcode openPainter}),
 * starting Chromium on first use. A failed start is not remembered, nor a browser that has gone
 * (crashed or killed): the next draw starts a new one.
 *
 * @param figure A Plotly `{ data, layout }`.
 * @param options The picture's size and scale.
 * @returns The picture.
 * @throws {Deno.errors.NotFound} When no Chromium is found (the message says how to get one).
 * @throws {Error} When Chromium does not start or Plotly cannot draw the figure.
 * @example
 * ```ts ignore
 * import { drawPicture, holdPainter } from "./mod.ts";
 * const release = holdPainter();
 * try {
 *   const picture = await drawPicture({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
 *   console.log(picture.png.length);
 * } finally {
 *   await release();
 * }
 * ```
 */
export async function drawPicture(figure: Figure, options: DrawOptions = {}): Promise<Picture> {
  const release = holdPainter();
  try {
    const painter = await livePainter();
    return await painter.draw(figure, options).catch(async (error) => {
      // The browser went while drawing: once more, with a new one.
      if (!painter.closed) throw error;
      return await (await livePainter()).draw(figure, options);
    });
  } finally {
    await release();
  }
}

/**
 * Starts opening the shared painter now, if none is open, so that Chromium starts while other
 * work goes on (a notebook's kernel running its cells) rather than when the first picture is
 * asked for: starting Chromium and loading plotly.js into its page takes a few seconds. It opens
 * only while someone holds the painter ({@linkcode holdPainter}); a failure to open is reported
 * by the next {@linkcode drawPicture}, not here.
 *
 * @example
 * ```ts ignore
 * import { holdPainter, warmPainter } from "./mod.ts";
 * const release = holdPainter();
 * warmPainter(); // Chromium starts now, while the notebooks run
 * await release();
 * ```
 */
export function warmPainter(): void {
  if (holders === 0 || shared !== null) return;
  const opening = openPainter();
  shared = opening;
  opening.catch(() => {
    if (shared === opening) shared = null;
  });
}

// The shared painter, opened if need be; one whose browser has gone is let go for a new one.
async function livePainter(): Promise<Painter> {
  const painter = await sharedPainter();
  return painter.closed ? await sharedPainter() : painter;
}

// The shared painter, opened if need be; one that failed to open, or whose browser has gone, is
// let go so that the next call opens a new one.
async function sharedPainter(): Promise<Painter> {
  const opening = shared ??= openPainter();
  const painter = await opening.catch((error) => {
    if (shared === opening) shared = null;
    throw error;
  });
  if (painter.closed && shared === opening) shared = null;
  return painter;
}
