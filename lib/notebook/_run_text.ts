/**
 * Words shared by the progress lines and the summary of a run of notebooks.
 *
 * @module
 */
import { formatDuration } from "../format/format_duration.ts";
import type { RunNotebookResult, RunNotebookStatus } from "./run_notebook.ts";

/** The status as a line shows it: `ok` quietly, anything else in capitals so it stands out. */
export function statusLabel(status: RunNotebookStatus): string {
  return status === "ok" ? "ok" : status.toUpperCase();
}

/** Cuts text to `width` characters with an ellipsis, at the start (paths) or the end. */
export function shorten(text: string, width: number, cut: "start" | "end" = "start"): string {
  if (text.length <= width) return text;
  const keep = Math.max(0, width - 1);
  return cut === "start" ? `…${text.slice(text.length - keep)}` : `${text.slice(0, keep)}…`;
}

/** A word, padded to the width of the longest status (`CANCELLED`), then the rest. */
export function labelled(word: string, rest: string): string {
  return `${word.padEnd(9)} ${rest}`;
}

/** `running   a.ipynb  3/10 cells  4.2 s`, the path shortened so the line fits `width`. */
export function runningLine(
  path: string,
  cells: { done: number; total: number | null },
  elapsedMs: number,
  width = Infinity,
): string {
  const count = cells.total === null ? "reading" : `${cells.done}/${cells.total} cells`;
  const suffix = `  ${count}  ${formatDuration(elapsedMs)}`;
  return labelled("running", `${shorten(path, width - 10 - suffix.length)}${suffix}`);
}

/**
 * `ERROR     a.ipynb  2/3 cells  0.3 s  Cannot run notebook ...`; with the execution cache,
 * `ok        a.ipynb  3/3 cells  0.9 s  ran: data/x.csv changed` or
 * `ok        a.ipynb  up to date, outputs reused  0.0 s`.
 */
export function finishedLine(result: RunNotebookResult): string {
  const { done, total } = result.cells;
  const took = formatDuration(result.durationMs);
  if (result.cache?.ran === false) {
    return labelled(
      statusLabel(result.status),
      `${result.path}  up to date, outputs reused  ${took}`,
    );
  }
  const cells = total === 0 && result.status !== "ok" ? "" : `  ${done}/${total} cells`;
  const ran = result.cache === null ? "" : `  ran: ${result.cache.reason}`;
  const why = result.message === null ? "" : `  ${result.message}`;
  return labelled(statusLabel(result.status), `${result.path}${cells}  ${took}${ran}${why}`);
}
