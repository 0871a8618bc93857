/**
 * Kernel faults as the runner reports them: a message naming the notebook and the cell, and the
 * partial notebook with the fault recorded as an error output of the cell that was running, so
 * the written copy shows where the run stopped.
 *
 * @module
 */
import type { KernelError } from "./errors.ts";
import type { Notebook } from "./nbformat.ts";

/** The error name of the output that records a kernel fault. */
const FAULT_ENAME = "KernelError";

/** Why the kernel failed, without the engine's "Cannot ...:" prefix. */
function reasonOf(error: KernelError): string {
  if (error.kind !== "start") return error.message.replace(/^Cannot [^:]*: /, "");
  // The kernel's output quoted at the end is shown on lines of its own (see formatRunSummary).
  return error.message.replace(/^Cannot start [^"]*"[^"]*": /, "").replace(/: "[\s\S]*"$/, "");
}

/**
 * One line for people: `Cannot run notebook "a.ipynb": cells[1] (In [2]): the kernel exited
 * with code 3`, or `Cannot start the Deno kernel for notebook "a.ipynb": ...`.
 */
export function describeFault(path: string, error: KernelError): string {
  const reason = reasonOf(error);
  if (error.kind === "start") {
    return `Cannot start the Deno kernel for notebook "${path}": ${reason}`;
  }
  const where = cellLabel(error);
  if (where === null) return `Cannot run notebook "${path}": ${reason}`;
  const rest = reason.startsWith("it ") ? ` ${reason.slice(3)}` : `: ${reason}`;
  return `Cannot run notebook "${path}": ${where}${rest}`;
}

function cellLabel(error: KernelError): string | null {
  if (error.cellIndex === undefined) return null;
  const cell = error.notebook?.cells[error.cellIndex];
  const count = cell?.cell_type === "code" ? cell.execution_count : null;
  return `cells[${error.cellIndex}] (In [${count ?? " "}])`;
}

/** A copy of the partial notebook with the fault as an error output of the running cell. */
export function faultNotebook(notebook: Notebook, error: KernelError): Notebook {
  const copy = structuredClone(notebook);
  const cell = error.cellIndex === undefined ? undefined : copy.cells[error.cellIndex];
  if (cell?.cell_type !== "code") return copy;
  const reason = reasonOf(error);
  cell.outputs.push({
    ename: FAULT_ENAME,
    evalue: reason,
    output_type: "error",
    traceback: [`${FAULT_ENAME}: ${reason}`],
  });
  return copy;
}
