import { joinSource, type Notebook } from "./nbformat.ts";

/**
 * The code cells `executeNotebook` sends to the kernel, and `runNotebook` counts for progress:
 * those with more than blank source.
 *
 * @param nb The notebook.
 * @returns Their indexes in `nb.cells`, in order.
 */
export function codeToRun(nb: Notebook): number[] {
  return nb.cells.flatMap((cell, index) =>
    cell.cell_type === "code" && joinSource(cell.source).trim() !== "" ? [index] : []
  );
}
