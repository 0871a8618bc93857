import type { ColumnTable } from "../data/arquero.ts";
import { describeValue } from "../format/describe_value.ts";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle } from "./displayable.ts";
import { kernelApi } from "./_jupyter.ts";

/**
 * How long display() waits, in milliseconds, after handing a bundle to the kernel. Deno 2.9's
 * kernel queues every output (display_data, stream, execute_result) for a loop that publishes
 * them while the kernel finishes the cell, and reports the cell idle without waiting for that
 * queue; nbclient (`jupyter nbconvert --execute`) stops reading a cell at idle and loses what
 * comes after. Measured under nbconvert: late outputs trail idle by 0.3-1.6 ms, and cells that
 * waited 5 ms or more after their last display lost nothing in 3,300 cells, some with six busy
 * processes on two cores. Twenty leaves room on a loaded machine.
 *
 * The wait is for front ends we do not control (nbclient, and so `jupyter nbconvert --execute`),
 * which is why it lives here rather than in the runner. Our own runner (`deno task nb`,
 * `deno task reproduce`) does not depend on it: after each cell's idle it flushes the kernel's
 * queue with a marker message (`flushOutputs()` in lib/notebook/_execute_code.ts), and so also
 * keeps a cell's last-expression value, which no wait here can cover.
 */
const PUBLISH_MARGIN_MS = 20;

/**
 * Displays a value now, rather than as the cell's last expression: inside the Deno Jupyter
 * kernel it sends the value's MIME bundle as `display_data`, so one cell can show several tables
 * and charts. Elsewhere (`deno run`, `deno test`) it prints the `text/plain` fallback. The value
 * is what `show()`, `chart()`, `md()` or `toDisplayable()` returned, an Arquero table, or an
 * analysis result of several tables (each displays itself, lib/display/table_display.ts).
 *
 * It sends the bundle itself with `{ raw: true }`; passing a displayable value to
 * `Deno.jupyter.display` with `raw: true` would send the wrapper object instead.
 *
 * It returns nothing, so `await display(x)` as a cell's last line adds no `execute_result`.
 * In the kernel it then waits a moment (20 ms), so that the kernel has published the bundle, and
 * every output queued before it, before the cell ends: Deno's kernel can report a cell finished
 * while its last outputs are still queued, and `jupyter nbconvert --execute` then loses them.
 * A cell's last-expression value is queued only after the cell's code has finished, so nothing
 * in the cell can wait for it: in notebooks run by nbconvert, end cells with `await display(x)`.
 *
 * @param value A displayable value, a table, or an analysis result of tables.
 * @returns A promise that settles once the kernel has had time to publish the bundle (or once the
 * text is printed).
 * @throws {TypeError} When `value` is not displayable; a Promise asks whether `await` was
 * forgotten.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { display, toDisplayable } from "./mod.ts";
 * // Outside the kernel the text/plain fallback is printed.
 * assert.equal(await display(toDisplayable({ "text/plain": "hello" })), undefined);
 * ```
 */
export async function display(value: Displayable | ColumnTable | object): Promise<void> {
  const jupyter = kernelApi();
  if (jupyter === null) {
    console.log((await bundleOf(value, false))["text/plain"]);
    return;
  }
  await jupyter.display(await bundleOf(value, true), { raw: true });
  await new Promise((resolve) => setTimeout(resolve, PUBLISH_MARGIN_MS));
}

// In the kernel, what the kernel itself would show for the value (a chart's bundle gains its
// picture there); elsewhere a displayable value's own copy of its bundle.
function bundleOf(value: unknown, inKernel: boolean): MimeBundle | Promise<MimeBundle> {
  const shown = value as Partial<Displayable> | null;
  const method = (value as { [JUPYTER_DISPLAY]?: unknown } | null)?.[JUPYTER_DISPLAY];
  const copy = typeof shown?.toMimeBundle === "function" ? shown.toMimeBundle : null;
  if (copy !== null && !(inKernel && typeof method === "function")) return copy.call(value);
  if (typeof method === "function") return method.call(value);
  throw new TypeError(
    "Cannot display value: expected a table or what show(), chart(), md() or toDisplayable() " +
      `returned, got ${describeValue(value)}`,
  );
}
