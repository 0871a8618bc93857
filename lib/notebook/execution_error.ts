import { stripAnsi } from "./terminal_text.ts";
import type { CellError } from "./find_cell_error.ts";

const RULE = "-".repeat(75);

/** The failing cell (index, id, execution count, source) and its error (name, message, traceback). */
export interface ExecutionError extends Readonly<CellError> {}

/**
 * A notebook cell raised an error while the notebook ran: the structured value papermill calls
 * `PapermillExecutionError` (the {@linkcode CellError}'s fields, and the notebook's path), with a
 * message that shows the cell's source and the traceback (ANSI colour codes removed).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ExecutionError } from "./mod.ts";
 * const error = new ExecutionError("funding.ipynb", {
 *   cellIndex: 3,
 *   cellId: "chart",
 *   executionCount: 2,
 *   source: "plot(rows)",
 *   ename: "ReferenceError",
 *   evalue: "rows is not defined",
 *   traceback: ["\u001b[31mReferenceError\u001b[0m: rows is not defined", "    at <anonymous>:1:6"],
 * });
 * assert.equal(
 *   error.message.split("\n")[0],
 *   'Cannot run notebook "funding.ipynb": cells[3] (In [2]) raised ReferenceError: rows is not defined',
 * );
 * assert.ok(error.message.endsWith("ReferenceError: rows is not defined\n    at <anonymous>:1:6"));
 * ```
 */
export class ExecutionError extends Error {
  /** The path of the notebook that ran. */
  readonly notebookPath: string;

  /**
   * Builds the error from the first error output of an executed notebook.
   *
   * @param notebookPath The path of the notebook that ran (or of the executed copy).
   * @param error The error {@linkcode findCellError} found.
   */
  constructor(notebookPath: string, error: CellError) {
    super(executionMessage(notebookPath, error));
    this.name = "ExecutionError";
    this.notebookPath = notebookPath;
    Object.assign(this, { ...error, traceback: [...error.traceback] });
  }
}

function executionMessage(path: string, error: CellError): string {
  const prompt = `In [${error.executionCount ?? " "}]`;
  const traceback = error.traceback.length > 0
    ? error.traceback.map((line) => stripAnsi(line)).join("\n")
    : `${error.ename}: ${error.evalue}`;
  return [
    `Cannot run notebook "${path}": cells[${error.cellIndex}] (${prompt}) raised ` +
    `${error.ename}: ${error.evalue}`,
    RULE,
    error.source.trimEnd(),
    RULE,
    traceback,
  ].join("\n");
}
