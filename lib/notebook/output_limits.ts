import { OutputBudget } from "./_output_budget.ts";
import type { Notebook, Output } from "./nbformat.ts";

/** How much output a notebook may keep, in characters of text or of JSON. */
export interface OutputLimits {
  /** Output one code cell may keep. */
  cell: number;
  /** Output the whole notebook may keep. */
  notebook: number;
}

/**
 * The runner's and the report's output limits: 5,000,000 characters (about 5 MB) per cell and
 * 20,000,000 per notebook. The toolkit's notebooks keep under 100,000 in all; a chart rendered
 * as a PNG is a few hundred thousand. A cell printing in a loop until its timeout stops at the
 * limit instead of filling memory and disk, as Jupyter's front ends cut long outputs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { OUTPUT_LIMITS } from "./mod.ts";
 * assert.deepEqual(OUTPUT_LIMITS, { cell: 5_000_000, notebook: 20_000_000 });
 * ```
 */
export const OUTPUT_LIMITS: Readonly<OutputLimits> = Object.freeze({
  cell: 5_000_000,
  notebook: 20_000_000,
});

/**
 * Cuts a notebook's outputs to the limits, as the runner does while it records them: a stream's
 * text is cut where the cell's (or the notebook's) allowance runs out, a rich output that does
 * not fit whole is left out, an error output is always kept (its message and traceback cut to
 * 100,000 characters each), and a cell that lost anything ends with a note saying how much (a
 * `display_data` output whose metadata has `runner.truncated`). Notes do not count, so cutting a
 * cut notebook again changes nothing.
 *
 * @param notebook The notebook; not modified.
 * @param limits Characters per cell and per notebook; default {@linkcode OUTPUT_LIMITS}.
 * @returns The notebook itself when it is within the limits, else a cut copy.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { limitOutputs } from "./mod.ts";
 * const notebook = {
 *   nbformat: 4 as const, nbformat_minor: 5, metadata: {},
 *   cells: [{
 *     id: "loop", cell_type: "code" as const, metadata: {}, source: "for (;;) console.log(1)",
 *     execution_count: 1, outputs: [{ output_type: "stream" as const, name: "stdout" as const, text: "1\n".repeat(10) }],
 *   }],
 * };
 * const cut = limitOutputs(notebook, { cell: 6, notebook: 100 });
 * const cell = cut.cells[0].cell_type === "code" ? cut.cells[0] : null;
 * assert.deepEqual(cell?.outputs[0], { output_type: "stream", name: "stdout", text: "1\n1\n1\n" });
 * assert.match(String(cell?.outputs[1].output_type === "display_data" && cell.outputs[1].data["text/plain"]), /^Output truncated/);
 * ```
 */
export function limitOutputs(
  notebook: Notebook,
  limits: OutputLimits = OUTPUT_LIMITS,
): Notebook {
  const budget = new OutputBudget(limits);
  let cut: Notebook | null = null;
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    budget.startCell();
    const outputs: Output[] = [];
    for (const output of cell.outputs) {
      const kept = budget.keep(output);
      if (kept !== null) outputs.push(kept);
    }
    const note = budget.finishCell();
    if (note === null) return;
    cut ??= structuredClone(notebook);
    const copy = cut.cells[index];
    if (copy.cell_type === "code") copy.outputs = [...outputs, note];
  });
  return cut ?? notebook;
}
