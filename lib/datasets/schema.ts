// The schema is the type: each dataset's descriptor holds one zod object of column codecs
// (_columns.ts), CSV text cells to a typed row and back, and its row type is the schema's output
// (RowOf), which is what the documentation shows (`deno doc` cannot spell zod's inferred type).
// The units, roles and the columns every figure row ends with are written here once;
// FigureColumns and Provenance are read from them.
//
// Every row schema is a `z.lazy`: building the thirteen zod objects costs about 11 ms (measured:
// 4-6 ms for the first, 0.5 ms each after), which every `deno run` importing the toolkit would
// pay whether or not it loads a dataset. zod builds a lazy schema's object on its first use.
import { z } from "../deps.ts";
import {
  boolean,
  integer,
  oneOf,
  optionalNumber,
  optionalOneOf,
  optionalText,
  text,
} from "./_columns.ts";

/** The units a figure may be in: pounds, a count, a percentage, a number of years or months. */
export const UNITS = ["GBP", "count", "percent", "years", "months"] as const;

/**
 * What a row is: an observation, or an aggregate the document states. `load()` returns the
 * observations unless asked for the stated figures too (`{ stated: true }`).
 */
export const ROLES = ["observation", "total", "subtotal", "grand_total", "percentage"] as const;

/** The unit of a figure: one of {@linkcode UNITS}. */
export type Unit = typeof UNITS[number];

/** What a row is: one of {@linkcode ROLES}. */
export type Role = typeof ROLES[number];

/** The type a zod schema decodes to (zod's `z.output`, spelled so `deno doc` can follow it). */
export type RowOf<S extends { readonly _zod: { readonly output: unknown } }> = S["_zod"]["output"];

/** A dataset's row schema: a lazily built zod object of column codecs, CSV text to typed value. */
export type RowSchema = z.ZodLazy<z.ZodObject<Record<string, z.ZodType<unknown, string>>>>;

/** The provenance columns: the exact source text, seed file and line. */
function provenanceColumns() {
  return {
    raw: optionalText({
      description:
        "The figure's text exactly as it appears on the cited line (null for an empty cell)",
    }),
    seed: text({ description: "Source document: a file in seeds/ (see seeds/manifest.json)" }),
    line: integer({ description: "1-based line of the source document the figure is on" }),
  };
}

/** The columns every figure row ends with: the value, its qualifiers and its provenance. */
function figureColumns() {
  return {
    value: optionalNumber({
      description: "The figure, in `unit`; null when the document gives none (see missing_reason)",
    }),
    unit: oneOf(UNITS, { description: "Unit of `value`: GBP (pounds), count, percent, years" }),
    approximate: boolean({
      description: "True when the document marks the figure approximate (c£, roughly, around)",
    }),
    bound: optionalOneOf(["upper", "lower"], {
      description: "upper for an 'up to' or 'less than' figure, lower for 'more than'; else null",
    }),
    missing_reason: optionalText({
      description: "Why `value` is null, as the document says it (e.g. Information held by NHSE)",
    }),
    role: oneOf(ROLES, {
      description: "observation, or a total/subtotal/grand_total/percentage the document states",
    }),
    ...provenanceColumns(),
  };
}

type Columns<C> = { [K in keyof C]: RowOf<C[K] & z.ZodType> };

/** Where a row comes from: the source text (`raw`), the seed file (`seed`) and the line. */
export type Provenance = Columns<ReturnType<typeof provenanceColumns>>;

/**
 * The columns every figure row ends with: `value` in `unit`, `approximate`, `bound`,
 * `missing_reason`, `role`, and the provenance.
 */
export type FigureColumns = Columns<ReturnType<typeof figureColumns>>;

/**
 * A row schema from the dataset's own column codecs, followed by the provenance columns.
 *
 * @param columns Builds the dataset's columns (called once, on first use).
 * @returns The lazy schema.
 */
export function rowSchema<C extends Record<string, z.ZodType<unknown, string>>>(columns: () => C) {
  return z.lazy(() => z.object({ ...columns(), ...provenanceColumns() }));
}

/**
 * A figure dataset's row schema: its own columns, then the figure columns, with the rules across
 * them (a null value needs a reason; a value has none; only a percentage may be negative).
 *
 * @param columns Builds the dataset's columns (called once, on first use).
 * @returns The lazy schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asbSupport } from "./mod.ts";
 * // data/asb_support.csv line 2, from FOI 0017/24 line 51: 105 referrals
 * const cells = {
 *   service: "Victim First", period_start: "2023-10-01", period_end: "2024-09-30",
 *   measure: "referrals", value: "105", unit: "count", approximate: "false", bound: "",
 *   missing_reason: "", role: "observation", raw: "105",
 *   seed: "llr_opcc_foi_0017_24_asb_support.txt", line: "51",
 * };
 * assert.equal(asbSupport.schema.decode(cells).value, 105);
 * const negative = asbSupport.schema.safeDecode({ ...cells, value: "-105" });
 * assert.equal(negative.error?.issues[0].message, "Expected a count figure of 0 or more, got -105");
 * const empty = asbSupport.schema.safeDecode({ ...cells, value: "" });
 * assert.equal(empty.error?.issues[0].message, "A null value needs a missing_reason");
 * ```
 */
export function figureSchema<C extends Record<string, z.ZodType<unknown, string>>>(
  columns: () => C,
) {
  return z.lazy(() =>
    z.object({ ...columns(), ...figureColumns() }).superRefine((decoded, ctx) => {
      // The dataset's own columns are generic here; the figure columns are what the rules read.
      const row = decoded as unknown as FigureColumns;
      const issue = (message: string, input: unknown) =>
        ctx.addIssue({ code: "custom", path: ["missing_reason"], message, input });
      if (row.value === null && row.missing_reason === null) {
        issue("A null value needs a missing_reason", row.missing_reason);
      }
      if (row.value !== null && row.missing_reason !== null) {
        issue(
          `A value of ${row.value} cannot also be missing ("${row.missing_reason}")`,
          row.missing_reason,
        );
      }
      // Money, counts, years and months are amounts; only a percentage may be a change below 0.
      if (row.value !== null && row.value < 0 && row.unit !== "percent") {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: `Expected a ${row.unit} figure of 0 or more, got ${row.value}`,
          input: row.value,
        });
      }
    })
  );
}

/**
 * A dataset the toolkit ships in `data/`: a tidy CSV extracted from one source document.
 *
 * The schema decodes the CSV's text cells into typed values (and encodes typed rows back), so it
 * is the one description of the file's columns, their types and units.
 */
export interface Dataset<S extends RowSchema = RowSchema> {
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

/**
 * The columns of a dataset's schema, in file order, each with its catalogue metadata. zod keeps a
 * lazy schema's object once built (`_zod.innerType`); `unwrap()` would build it again.
 *
 * @param dataset The dataset.
 * @returns The column codecs by name.
 */
export function columnsOf(dataset: Dataset): Record<string, z.ZodType<unknown, string>> {
  return dataset.schema._zod.innerType.shape;
}
