import { type ErrorOutput, joinSource, type Notebook } from "./nbformat.ts";

/** The first error a notebook's outputs hold (class name, message, traceback) and its cell. */
export interface CellError extends Omit<ErrorOutput, "output_type"> {
  /** Index of the cell in `cells`. */
  cellIndex: number;
  /** The cell's id. */
  cellId: string;
  /** The cell's execution count (the N of `In [N]`), or null when it has none. */
  executionCount: number | null;
  /** The cell's source. */
  source: string;
}

/**
 * Finds the first `error` output of an executed notebook, papermill-style, so the runner can
 * write the notebook with the error in it and then report the failure.
 *
 * @param nb The executed notebook.
 * @returns The first error in cell order, or null when no cell raised one.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findCellError } from "./mod.ts";
 * const error = { output_type: "error" as const, ename: "RangeError", evalue: "too big", traceback: [] };
 * const nb = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [
 *     { id: "ok", cell_type: "code" as const, metadata: {}, source: "1", execution_count: 1, outputs: [] },
 *     { id: "bad", cell_type: "code" as const, metadata: {}, source: "f()", execution_count: 2, outputs: [error] },
 *   ],
 * };
 * assert.equal(findCellError(nb)?.cellIndex, 1);
 * assert.equal(findCellError({ ...nb, cells: [nb.cells[0]] }), null);
 * ```
 */
export function findCellError(nb: Notebook): CellError | null {
  for (const [cellIndex, cell] of nb.cells.entries()) {
    if (cell.cell_type !== "code") continue;
    const output = cell.outputs.find((candidate) => candidate.output_type === "error");
    if (output?.output_type !== "error") continue;
    return {
      cellIndex,
      cellId: cell.id,
      executionCount: cell.execution_count,
      source: joinSource(cell.source),
      ename: output.ename,
      evalue: output.evalue,
      traceback: [...output.traceback],
    };
  }
  return null;
}
