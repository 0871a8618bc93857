import type { z } from "zod";

/**
 * A dataset the toolkit ships in `data/`: a tidy CSV extracted from one source document.
 *
 * The schema decodes the CSV's text cells into typed values (and encodes typed rows back), so it
 * is the one description of the file's columns, their types and units.
 */
export interface Dataset<S extends z.ZodObject = z.ZodObject> {
  /** The dataset's name; its file is `data/<name>.csv`. */
  readonly name: string;
  /** A short title. */
  readonly title: string;
  /** What the dataset holds and what to mind when using it. */
  readonly description: string;
  /** The source document: a file in `seeds/`. */
  readonly seed: string;
  /** The row schema: one zod codec per column, CSV text to typed value. */
  readonly schema: S;
}

/** The typed row of a dataset. */
export type RowOf<D extends Dataset> = z.output<D["schema"]>;
