import type { CitedSource } from "../display/cite_sources.ts";
import type { CacheDecision, RunNotebookResult } from "../notebook/run_notebook.ts";
import type { Finding, FindingSource } from "../findings/finding.ts";
import type { CellError } from "../notebook/find_cell_error.ts";

/** How a notebook's run ended. */
export type RunStatus = "ok" | "error" | "failed-to-run";

/**
 * The error of a run: a cell's error output (the cell's index, the error's class name, message
 * and traceback), or why the notebook could not run at all.
 */
export type RunError =
  | Readonly<Pick<CellError, "cellIndex" | "ename" | "evalue" | "traceback">>
  | {
    /** Why the notebook did not run (kernel failed to start, notebook unreadable…). */
    message: string;
  };

/**
 * One notebook run through the kernel, as the main job hands it to the report: with the
 * executed notebook and the run's duration, as `runNotebook()` gives them.
 */
export interface NotebookRun extends Pick<RunNotebookResult, "notebook" | "durationMs"> {
  /** The notebook's name, e.g. `funding.ipynb`; it names the page. */
  name: string;
  /** Its source path relative to the project, e.g. `notebooks/funding.ipynb`. */
  path: string;
  /** How the run ended. */
  status: RunStatus;
  /** The error, when the status is not `ok`. */
  error?: RunError;
  /** With the execution cache: whether the notebook ran or its outputs were reused, and why. */
  cache?: CacheDecision;
}

/** Where a finding's claim is made: a source document in `seeds/` and its 1-based line. */
export type SiteFindingSource = FindingSource;

/**
 * One finding as the site shows it: the fields of a `Finding` it reads (a `Finding` fits this
 * shape), the coverage, bounds and note optional, the status and unit as text.
 */
export interface SiteFinding
  extends
    Pick<Finding, "id" | "claim" | "stated" | "computed" | "source">,
    Partial<Pick<Finding, "coverage" | "bounds" | "note">> {
  /** What the check found: `reproduced`, `discrepancy`, `coverage`, `bounded`, `not-computable`. */
  status: string;
  /** The unit of both figures: `GBP`, `count`, `percent`, `years` or `months`. */
  unit: string;
}

/** The findings for the index page: counts by status, and the findings themselves. */
export interface SiteFindings {
  /** How many findings have each status. */
  counts: Readonly<Record<string, number>>;
  /** The findings, in the order to show them. */
  items?: readonly SiteFinding[];
}

/**
 * A source document for the site's attribution: an entry of `seeds/manifest.json`, of which the
 * site shows what a citation names ({@linkcode CitedSource}).
 */
export type SiteSource = CitedSource;
