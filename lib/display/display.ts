import type { Displayable } from "./displayable.ts";

/** The part of the kernel's `Deno.jupyter` namespace this module uses. */
interface JupyterApi {
  display(bundle: unknown, options: { raw: boolean }): Promise<void>;
}

/**
 * Displays a value now, rather than as the cell's last expression: inside the Deno Jupyter
 * kernel it sends the value's MIME bundle as `display_data`, so one cell can show several tables
 * and charts. Elsewhere (`deno run`, `deno test`) it prints the `text/plain` fallback.
 *
 * It sends the bundle itself with `{ raw: true }`; passing a displayable value to
 * `Deno.jupyter.display` with `raw: true` would send the wrapper object instead.
 *
 * It returns nothing, so `await display(x)` as a cell's last line adds no `execute_result`.
 *
 * @param value What `show()`, `chart()` or `toDisplayable()` returned.
 * @returns A promise that settles once the kernel has the bundle (or the text is printed).
 * @throws {TypeError} When `value` is not a displayable value.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { display, toDisplayable } from "./mod.ts";
 * // Outside the kernel the text/plain fallback is printed.
 * assert.equal(await display(toDisplayable({ "text/plain": "hello" })), undefined);
 * ```
 */
export async function display(value: Displayable): Promise<void> {
  if (typeof value?.toMimeBundle !== "function") {
    throw new TypeError(
      "Cannot display value: expected what show(), chart() or toDisplayable() returned",
    );
  }
  const bundle = value.toMimeBundle();
  const jupyter = kernelApi();
  if (jupyter === null) {
    console.log(bundle["text/plain"]);
    return;
  }
  await jupyter.display(bundle, { raw: true });
}

// Outside the kernel, Deno 2 defines `Deno.jupyter` as a getter that throws, so even
// `typeof Deno.jupyter` throws there; the kernel replaces it with the real namespace.
function kernelApi(): JupyterApi | null {
  try {
    const api = (Deno as unknown as { jupyter?: JupyterApi }).jupyter;
    return typeof api?.display === "function" ? api : null;
  } catch {
    return null;
  }
}
