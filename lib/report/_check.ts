// Checks the runs at the door, naming the run, the field and the bad value.
import type { NotebookRun } from "./types.ts";

const STATUSES = ["ok", "error", "failed-to-run"];

export function checkRuns(runs: readonly NotebookRun[]): void {
  if (!Array.isArray(runs)) throw new TypeError("Cannot write site: runs must be an array");
  runs.forEach((run, i) => {
    const at = `runs[${i}]`;
    if (typeof run?.name !== "string" || typeof run.path !== "string") {
      throw new TypeError(`Cannot write site: ${at} needs a name and a path as strings`);
    }
    if (!STATUSES.includes(run.status)) {
      throw new TypeError(
        `Cannot write site: ${at}.status "${run.status}" is not "ok", "error" or "failed-to-run"`,
      );
    }
    if (typeof run.durationMs !== "number" || !(run.durationMs >= 0) || !isFinite(run.durationMs)) {
      throw new RangeError(
        `Cannot write site: ${at}.durationMs "${run.durationMs}" is not a duration in milliseconds`,
      );
    }
    checkError(run.error, at);
    const cache = run.cache;
    if (
      cache !== undefined &&
      (typeof cache !== "object" || cache === null || typeof cache.ran !== "boolean" ||
        typeof cache.reason !== "string")
    ) {
      throw new TypeError(`Cannot write site: ${at}.cache needs ran (a boolean) and a reason`);
    }
    const nb = run.notebook;
    if (nb !== null && (typeof nb !== "object" || !Array.isArray(nb.cells))) {
      throw new TypeError(`Cannot write site: ${at}.notebook has no cells array`);
    }
  });
}

function checkError(error: NotebookRun["error"], at: string): void {
  if (error === undefined) return;
  const ok = typeof error === "object" && error !== null &&
    ("message" in error
      ? typeof error.message === "string"
      : Number.isInteger(error.cellIndex) && error.cellIndex >= 0 &&
        typeof error.ename === "string" && typeof error.evalue === "string" &&
        Array.isArray(error.traceback));
  if (!ok) {
    throw new TypeError(
      `Cannot write site: ${at}.error needs a message, or a cellIndex, ename, evalue and traceback`,
    );
  }
}
