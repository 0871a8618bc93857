import { formatDuration } from "../format/format_duration.ts";
import { statusLabel } from "./_run_text.ts";
import { KernelError } from "./errors.ts";
import { formatDifferences } from "./format_differences.ts";
import { terminalText } from "./terminal_text.ts";
import type { RunNotebookResult, RunNotebookStatus } from "./run_notebook.ts";
import type { RunNotebooksResult } from "./run_notebooks.ts";

/** Options for {@linkcode formatRunSummary}. */
export interface FormatRunSummaryOptions {
  /** Whether the run wrote in place (a failed run then leaves its source alone). */
  inPlace?: boolean;
}

const ORDER: readonly RunNotebookStatus[] = ["ok", "error", "differs", "failed", "cancelled"];
const KERNEL_OUTPUT_LINES = 10;

/**
 * Sums up a run of notebooks for people: for each notebook that did not end `ok`, what happened
 * (the failing cell's source and traceback, the kernel fault, the output diff) and where its
 * executed copy is; then one line counting the notebooks by status, with the time taken. Text
 * from the notebooks is made safe to print (see {@linkcode terminalText}).
 *
 * @param run What `runNotebooks` returned.
 * @param options Whether the run wrote in place.
 * @returns The text, ending with a newline.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatRunSummary } from "./mod.ts";
 * assert.equal(formatRunSummary({ results: [], ok: true, durationMs: 0 }), "0 notebooks: nothing to run\n");
 * ```
 */
export function formatRunSummary(
  run: RunNotebooksResult,
  options: FormatRunSummaryOptions = {},
): string {
  const { results } = run;
  if (results.length === 0) return "0 notebooks: nothing to run\n";
  const blocks = results.filter((result) => result.status !== "ok")
    .map((result) => `${details(result, options).join("\n")}\n`);
  const counts = ORDER.map((status) => [status, results.filter((r) => r.status === status).length])
    .filter(([status, n]) => status === "ok" || n !== 0)
    .map(([status, n]) => `${n} ${status}`);
  const noun = results.length === 1 ? "notebook" : "notebooks";
  const reused = results.filter((r) => r.cache?.ran === false).length;
  const total = `${results.length} ${noun} in ${formatDuration(run.durationMs)}: ${
    counts.join(", ")
  }${reused === 0 ? "" : `; ${reused} up to date, outputs reused`}`;
  return terminalText([...blocks, `${total}\n`].join("\n"));
}

function details(result: RunNotebookResult, options: FormatRunSummaryOptions): string[] {
  const lines = [`${statusLabel(result.status)} ${result.path}`];
  const { failure } = result;
  if (result.status === "differs") {
    lines.push(result.message ?? "", formatDifferences(result.differences).trimEnd());
  } else if (failure instanceof KernelError) {
    lines.push(result.message ?? failure.message);
    const output = kernelOutput(failure);
    if (output !== "") lines.push("The kernel's last output:", output);
  } else {
    lines.push(failure?.message ?? result.message ?? "");
  }
  if (result.written !== null) {
    const how = result.status === "error"
      ? ", with the error in it"
      : result.status === "failed"
      ? ", as far as it ran"
      : "";
    lines.push(`Executed notebook written to ${result.written}${how}`);
  } else if (options.inPlace && result.notebook !== null) {
    lines.push(`Not written: the source ${result.path} is left as it was`);
  }
  return lines;
}

function kernelOutput(error: KernelError): string {
  // Deno's own stack backtrace of a failed command says nothing about the notebook.
  const text = (error.stderr ?? "").split(/^Stack backtrace:$/m)[0];
  const lines = text.trimEnd().split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("Warning"));
  return lines.slice(-KERNEL_OUTPUT_LINES).map((line) => `  ${line}`).join("\n");
}
