/**
 * Executing a whole notebook headless on the Deno kernel, as nbclient would.
 *
 * @module
 */
import { codeToRun } from "./_code_to_run.ts";
import { cutError } from "./_output_budget.ts";
import { OutputRecorder } from "./_output_recorder.ts";
import { COLLECT_READS, READ_RECORDER, readPaths, READS_MESSAGE } from "./_read_recorder.ts";
import { KernelError } from "./errors.ts";
import type { CellError } from "./find_cell_error.ts";
import { type CodeCell, DENO_KERNELSPEC, joinSource, type Notebook } from "./nbformat.ts";
import type { OutputLimits } from "./output_limits.ts";
import { type Kernel, startKernel, type StartKernelOptions } from "./start_kernel.ts";

/**
 * Options for {@linkcode executeNotebook}: the kernel's (its working folder, the notebook's, so
 * `deno.json` resolves upward; start timeout, environment, executable) and the run's.
 */
export interface ExecuteNotebookOptions
  extends Omit<StartKernelOptions, "heartbeatTimeout" | "signal"> {
  /** Seconds each cell may run before it is interrupted (then the kernel killed); default none. */
  timeout?: number;
  /** Called after each code cell finishes. `done` of `total` code cells that run. */
  onProgress?: (
    event: { cellIndex: number; done: number; total: number; elapsedMs: number },
  ) => void;
  /** Aborts the run: the kernel is killed and a `KernelError` of kind "aborted" is thrown. */
  signal?: AbortSignal;
  /** Output kept per cell and per notebook, beyond which it is dropped with a note; default
   * `OUTPUT_LIMITS` (see `limitOutputs`). */
  outputLimits?: OutputLimits;
  /**
   * Record the files the notebook reads while it runs (through Deno's file functions, whoever
   * calls them), returned as `reads`. The recording code runs silently before the first cell.
   */
  recordReads?: boolean;
}

/** What {@linkcode executeNotebook} returns. */
export interface ExecuteNotebookResult {
  /** The executed notebook (a copy: the one given is not changed). */
  notebook: Notebook;
  /** The cell that raised, or null when every cell ran. Its error output is in `notebook`. */
  error: CellError | null;
  /** Wall-clock milliseconds, kernel start and shutdown included. */
  durationMs: number;
  /**
   * With `recordReads`, the absolute paths of the files and folders the notebook read (or tried
   * to read), sorted; else null. Null too when a cell raised.
   */
  reads: string[] | null;
}

/**
 * Runs a notebook's code cells in order on a fresh Deno kernel and stores their outputs as
 * nbformat 4.5 does. Every code cell's outputs and execution count are reset first; markdown,
 * raw and blank code cells are not sent. The first cell that raises stops the run. Output beyond
 * the limits is dropped as it arrives, with a note in the cell (see `limitOutputs`).
 *
 * @param notebook The notebook (not modified).
 * @param options Working folder, timeouts, progress callback and abort signal.
 * @returns The executed copy, the cell error if a cell raised, and the duration.
 * @throws {KernelError} When the kernel fails to start ("start"), dies ("died"), a cell runs past
 * its timeout ("timeout") or the signal aborts ("aborted"); `error.notebook` holds the notebook as
 * far as it ran, so it can still be written.
 * @throws {RangeError} When `timeout` or `startTimeout` is not a positive number.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { executeNotebook } from "./execute_notebook.ts";
 * const cell = (source: string) => ({
 *   cell_type: "code" as const, id: source.length.toString(), metadata: {}, source,
 *   execution_count: null, outputs: [],
 * });
 * const { notebook, error } = await executeNotebook(
 *   { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [cell("6 * 7")] },
 *   { cwd: Deno.cwd() },
 * );
 * assert.equal(error, null);
 * assert.deepEqual(notebook.cells[0], {
 *   ...cell("6 * 7"),
 *   execution_count: 1,
 *   outputs: [{ data: { "text/plain": ["42"] }, execution_count: 1, metadata: {}, output_type: "execute_result" }],
 * });
 * ```
 */
export async function executeNotebook(
  notebook: Notebook,
  options: ExecuteNotebookOptions,
): Promise<ExecuteNotebookResult> {
  const { timeout, startTimeout, onProgress, signal } = options;
  positive("timeout", timeout);
  positive("startTimeout", startTimeout);
  const started = performance.now();
  const result = structuredClone(notebook);
  const codeCells = resetCodeCells(result);
  const kernel = await startKernel({ ...options, startTimeout }).catch((error) => {
    throw explain(error, result, null, signal);
  });
  try {
    result.metadata.kernelspec = { ...DENO_KERNELSPEC };
    result.metadata.language_info = kernel.info.language_info as Record<string, unknown>;
    const recorder = new OutputRecorder(result, options.outputLimits);
    if (options.recordReads) {
      await kernel.execute(READ_RECORDER, { silent: true, signal }).catch((e) => {
        throw explain(e, result, null, signal);
      });
    }
    for (const [done, cellIndex] of codeCells.entries()) {
      const cell = result.cells[cellIndex] as CodeCell;
      const error = await runCell(kernel, recorder, cellIndex, { timeout, signal }).catch((e) => {
        throw explain(e, result, cellIndex, signal);
      });
      const elapsedMs = performance.now() - started;
      onProgress?.({ cellIndex, done: done + 1, total: codeCells.length, elapsedMs });
      if (error) {
        const where = { cellIndex, cellId: cell.id, source: joinSource(cell.source) };
        return {
          notebook: result,
          error: { ...where, ...error },
          durationMs: performance.now() - started,
          reads: null,
        };
      }
    }
    const reads = options.recordReads
      ? await collectReads(kernel, signal).catch((e) => {
        throw explain(e, result, null, signal);
      })
      : null;
    return { notebook: result, error: null, durationMs: performance.now() - started, reads };
  } finally {
    await kernel.shutdown();
  }
}

async function runCell(
  kernel: Kernel,
  recorder: OutputRecorder,
  cellIndex: number,
  options: { timeout?: number; signal?: AbortSignal },
): Promise<Omit<CellError, "cellIndex" | "cellId" | "source"> | null> {
  const cell = recorder.startCell(cellIndex);
  try {
    const reply = await kernel.execute(joinSource(cell.source), {
      ...options,
      onMessage: (type, content) => recorder.handle(type, content),
    });
    cell.execution_count = reply.executionCount;
    if (reply.status !== "error") return null;
    const { executionCount, ename = "", evalue = "", traceback = [] } = reply;
    return cutError({ executionCount, ename, evalue, traceback });
  } finally {
    recorder.finishCell();
  }
}

/** Asks the kernel which files the notebook read (see `recordReads`). */
async function collectReads(kernel: Kernel, signal?: AbortSignal): Promise<string[]> {
  let content: Record<string, unknown> = {};
  const onMessage = (type: string, message: Record<string, unknown>) => {
    if (type === READS_MESSAGE) content = message;
  };
  await kernel.execute(COLLECT_READS, { silent: true, signal, onMessage });
  return readPaths(content);
}

/** Clears code cells' outputs and counts; returns the indexes of those with code to run. */
function resetCodeCells(notebook: Notebook): number[] {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    cell.outputs = [];
    cell.execution_count = null;
  }
  return codeToRun(notebook);
}

/** A kernel fault as a `KernelError` naming the cell, with the notebook so far attached. */
function explain(
  error: unknown,
  notebook: Notebook,
  cellIndex: number | null,
  signal: AbortSignal | undefined,
): unknown {
  const where = cellIndex === null ? "" : ` cell ${cellIndex}`;
  if (!(error instanceof KernelError)) {
    if (!signal?.aborted) return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new KernelError("aborted", `Cannot execute notebook${where}: aborted (${reason})`, {
      cause: error,
      cellIndex: cellIndex ?? undefined,
      notebook,
    });
  }
  const reason = error.message.replace(/^Cannot [^:]*: /, "");
  const message = error.kind === "start"
    ? error.message
    : `Cannot execute notebook${where}: ${reason}`;
  return new KernelError(error.kind, message, {
    cause: error,
    stderr: error.stderr,
    cellIndex: cellIndex ?? undefined,
    notebook,
  });
}

function positive(name: string, value: number | undefined): void {
  if (value === undefined || (Number.isFinite(value) && value > 0)) return;
  throw new RangeError(
    `Cannot execute notebook: option "${name}" must be a positive number of seconds, got "${value}"`,
  );
}
