/**
 * The steps of `runNotebook` around execution, each recording its outcome in the result: the
 * result a run starts from (or a notebook's that never ran), a kernel fault as a message and as
 * an error output in the partial notebook (so the written copy shows where the run stopped),
 * comparing with the stored outputs, and writing the executed copy.
 *
 * @module
 */
import { basename, join } from "node:path";
import { compareOutputs } from "./compare_outputs.ts";
import type { KernelError } from "./errors.ts";
import type { Notebook } from "./nbformat.ts";
import type { RunNotebookOptions, RunNotebookResult } from "./run_notebook.ts";
import { writeNotebook } from "./write_notebook.ts";

/** Compares the fresh outputs with the stored ones; any difference makes the run `differs`. */
export function compareWithStored(
  stored: Notebook,
  fresh: Notebook,
  path: string,
  result: RunNotebookResult,
): void {
  result.differences = compareOutputs(stored, fresh, { from: `stored ${path}`, to: "fresh run" });
  if (result.differences.length === 0) return;
  const count = result.differences.length;
  result.status = "differs";
  result.message = `Outputs of notebook "${path}" differ from the stored ones: ${count} ` +
    (count === 1 ? "difference" : "differences");
}

/**
 * Writes the executed notebook where the options say: over the source (`inPlace`, and only
 * when it ran without error) or into `outDir` under the source's name; records where.
 */
export async function writeResult(
  path: string,
  options: RunNotebookOptions,
  result: RunNotebookResult,
): Promise<void> {
  if (result.notebook === null) return;
  const target = options.inPlace
    ? (result.status === "ok" ? path : null)
    : options.outDir == null
    ? null
    : join(options.outDir, basename(path));
  if (target === null) return;
  await writeNotebook(target, result.notebook, {
    sourcePath: path,
    overwriteSource: options.inPlace,
  });
  result.written = target;
}

/** The result a run of `path` starts from: `ok`, with nothing done yet. */
export function freshResult(path: string): RunNotebookResult {
  return {
    path,
    status: "ok",
    message: null,
    failure: null,
    cellError: null,
    differences: [],
    notebook: null,
    written: null,
    cells: { done: 0, total: 0 },
    cache: null,
    durationMs: 0,
  };
}

/** The result of a notebook never started because the run was stopped first. */
export function notRun(path: string, reason: unknown): RunNotebookResult {
  const why = reason instanceof Error ? reason.message : String(reason);
  const failure = new Error(`Did not run notebook "${path}": ${why}`);
  return { ...freshResult(path), status: "cancelled", message: failure.message, failure };
}

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
