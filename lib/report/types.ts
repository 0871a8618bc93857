import type { CitedSource } from "../display/cite_sources.ts";
import type { Notebook } from "../notebook/nbformat.ts";
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

/** One notebook run through the kernel, as the main job hands it to the report. */
export interface NotebookRun {
  /** The notebook's name, e.g. `funding.ipynb`; it names the page. */
  name: string;
  /** Its source path relative to the project, e.g. `notebooks/funding.ipynb`. */
  path: string;
  /** The executed notebook with its outputs; null when it could not even be read. */
  notebook: Notebook | null;
  /** How the run ended. */
  status: RunStatus;
  /** How long the run took, in milliseconds. */
  durationMs: number;
  /** The error, when the status is not `ok`. */
  error?: RunError;
  /**
   * With the runner's execution cache: whether the notebook ran (`ran: true`) or the outputs of
   * an earlier run with the same inputs were reused, and why (`up to date`,
   * `data/commissioning_spend.csv changed`).
   */
  cache?: { ran: boolean; reason: string };
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
