// Row schemas built from the column codecs of _columns.ts: any row (rowSchema), and a figure row
// (figureSchema), whose dataset's own columns are followed by the value, its qualifiers and its
// provenance. Either is built on first use (lazySchema).
import { z } from "../deps.ts";
import type { FigureColumns, Provenance, RowSchema } from "./dataset.ts";
import {
  boolean,
  integer,
  oneOf,
  optionalNumber,
  optionalOneOf,
  optionalText,
  text,
} from "./_columns.ts";

/** Units a figure may be in. */
const UNITS = ["GBP", "count", "percent", "years", "months"] as const;

/** What a row is: an observation, or an aggregate the document states (kept to be checked). */
const ROLES = ["observation", "total", "subtotal", "grand_total", "percentage"] as const;

/** One codec per field of a row type: text in, the field's type out. */
type Codecs<T> = { [K in keyof T]-?: z.ZodType<T[K], string> };

/** The columns every figure row ends with: the value, its qualifiers and its provenance. */
function figureColumns(): Codecs<FigureColumns> {
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

/** The provenance columns: the exact source text, seed file and line. */
export function provenanceColumns(): Codecs<Provenance> {
  return {
    raw: optionalText({
      description:
        "The figure's text exactly as it appears on the cited line (null for an empty cell)",
    }),
    seed: text({ description: "Source document: a file in seeds/ (see seeds/manifest.json)" }),
    line: integer({ description: "1-based line of the source document the figure is on" }),
  };
}

/**
 * Builds a row schema from one codec per field of `Row`: a missing or extra column, or a codec of
 * the wrong type, does not compile, so the interface and the schema cannot drift apart.
 */
export function rowSchema<Row>(columns: Codecs<Row>): RowSchema<Row> {
  return z.object(columns as Record<string, z.ZodType>) as unknown as RowSchema<Row>;
}

/** Builds a figure dataset's row schema: its own columns, then the shared figure columns. */
export function figureSchema<Row extends FigureColumns>(
  columns: Codecs<Omit<Row, keyof FigureColumns>>,
): RowSchema<Row> {
  const all = { ...columns, ...figureColumns() } as Record<string, z.ZodType>;
  return z.object(all).superRefine((decoded, ctx) => {
    const row = decoded as unknown as FigureColumns;
    if (row.value === null && row.missing_reason === null) {
      ctx.addIssue({
        code: "custom",
        path: ["missing_reason"],
        message: "A null value needs a missing_reason",
        input: row.missing_reason,
      });
    }
    if (row.value !== null && row.missing_reason !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["missing_reason"],
        message: `A value of ${row.value} cannot also be missing ("${row.missing_reason}")`,
        input: row.missing_reason,
      });
    }
  }) as unknown as RowSchema<Row>;
}

/**
 * Defers building a row schema until it is first used. zod's schema objects take time to
 * construct (about 15 ms for all thirteen datasets), and importing the toolkit should not pay for
 * schemas a program never reads; the result behaves as the schema itself.
 */
export function lazySchema<Row>(build: () => RowSchema<Row>): RowSchema<Row> {
  let schema: RowSchema<Row> | undefined;
  const built = () => schema ??= build();
  return {
    get shape() {
      return built().shape;
    },
    safeDecode: (cells) => built().safeDecode(cells),
    safeEncode: (row) => built().safeEncode(row),
  };
}
