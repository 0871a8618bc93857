import type { CitedSource } from "../display/cite_sources.ts";
import type { Notebook } from "../notebook/nbformat.ts";
import type { FindingSource } from "../findings/finding.ts";

/** How a notebook's run ended. */
export type RunStatus = "ok" | "error" | "failed-to-run";

/** The error of a run: a cell's error output, or why the notebook could not run at all. */
export type RunError =
  | {
    /** Index of the failing cell in `cells`. */
    cellIndex: number;
    /** The error's class name. */
    ename: string;
    /** The error's message. */
    evalue: string;
    /** The traceback lines (may hold ANSI colour codes). */
    traceback: readonly string[];
  }
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

/** One finding as the site shows it (the findings registry's `Finding` fits this shape). */
export interface SiteFinding {
  /** A stable identifier. */
  id: string;
  /** The claim in words. */
  claim: string;
  /** What the check found: `reproduced`, `discrepancy`, `coverage`, `bounded`, `not-computable`. */
  status: string;
  /** For `coverage`: the share of the stated headline the breakdown covers, in percent. */
  coverage?: number | null;
  /** For `bounded`: the least and most the figure can be, shown in place of a computed figure. */
  bounds?: { low: number; high: number } | null;
  /** The figure the document states, or null. */
  stated: number | null;
  /** The figure recomputed, or null. */
  computed: number | null;
  /** The unit of both figures: `GBP`, `count`, `percent`, `years` or `months`. */
  unit: string;
  /** Where the claim is made. */
  source: SiteFindingSource;
  /** How the value was computed, or why it could not be. */
  note?: string;
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
