// Column codecs: each decodes a CSV cell (text) into a typed value and encodes it back, so one
// schema both validates a loaded file and writes an extracted one. An empty cell is null; a
// column that may not be null says so in its message.
import { z } from "zod";
import { parseFinancialYear } from "../parse/financial_year.ts";
import type { FigureColumns, Provenance, RowSchema } from "./dataset.ts";

/** What the catalogue says of a column. */
export type ColumnMeta = {
  description: string;
  unit?: string;
};

type Ctx = z.core.ParsePayload<string>;

function fail(ctx: Ctx, value: string, message: string): never {
  ctx.issues.push({ code: "custom", message, input: value });
  return z.NEVER as never;
}

function column<T>(
  type: z.ZodType<T>,
  decode: (cell: string, ctx: Ctx) => T,
  encode: (value: T) => string,
  meta: ColumnMeta & { type: string },
) {
  return z.codec(z.string(), type, {
    decode,
    encode: encode as (value: unknown) => string,
  }).meta(meta);
}

function nullable<T>(
  type: z.ZodType<T>,
  read: (cell: string, ctx: Ctx) => T,
  write: (value: T) => string,
  meta: ColumnMeta & { type: string },
) {
  return column<T | null>(
    type.nullable(),
    (cell, ctx) => cell === "" ? null : read(cell, ctx),
    (value) => value === null ? "" : write(value),
    { ...meta, type: `${meta.type} | null` },
  );
}

function required<T>(
  type: z.ZodType<T>,
  read: (cell: string, ctx: Ctx) => T,
  write: (value: T) => string,
  meta: ColumnMeta & { type: string },
) {
  return column<T>(
    type,
    (cell, ctx) =>
      cell === "" ? fail(ctx, cell, "Expected a value, got an empty cell") : read(cell, ctx),
    write,
    meta,
  );
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function readNumber(cell: string, ctx: Ctx): number {
  if (!NUMBER.test(cell)) {
    return fail(ctx, cell, `Expected a plain number such as 561813 or 27.5, got "${cell}"`);
  }
  return Number(cell);
}

function readInteger(cell: string, ctx: Ctx): number {
  if (!/^(0|[1-9]\d*)$/.test(cell)) {
    return fail(ctx, cell, `Expected a whole number such as 1351, got "${cell}"`);
  }
  return Number(cell);
}

function readFinancialYear(cell: string, ctx: Ctx): string {
  let label: string;
  try {
    label = parseFinancialYear(cell).label;
  } catch (error) {
    return fail(
      ctx,
      cell,
      `Expected a financial year such as 2021-22: ${(error as Error).message}`,
    );
  }
  if (label !== cell) {
    return fail(ctx, cell, `Expected the canonical financial year "${label}", got "${cell}"`);
  }
  return cell;
}

// A date, month or year is valid when it round-trips through Date: 2025-02-30 does not.
function readDate(pattern: RegExp, example: string) {
  return (cell: string, ctx: Ctx) => {
    const full = cell.length === 4 ? `${cell}-01-01` : cell.length === 7 ? `${cell}-01` : cell;
    const date = new Date(`${full}T00:00:00Z`);
    const ok = pattern.test(cell) && !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(full);
    return ok ? cell : fail(ctx, cell, `Expected a date such as ${example}, got "${cell}"`);
  };
}

const same = (value: string) => value;

/** A required text column. */
export function text(meta: ColumnMeta) {
  return required(z.string(), same, same, { ...meta, type: "string" });
}

/** A text column that may be empty (null). */
export function optionalText(meta: ColumnMeta) {
  return nullable(z.string(), same, same, { ...meta, type: "string" });
}

function labels<const T extends readonly [string, ...string[]]>(values: T) {
  const read = (cell: string, ctx: Ctx) =>
    (values as readonly string[]).includes(cell)
      ? cell as T[number]
      : fail(ctx, cell, `Expected one of ${values.map((v) => `"${v}"`).join(", ")}, got "${cell}"`);
  const type = z.enum(values) as unknown as z.ZodType<T[number]>;
  return { read, type, name: values.map((v) => `"${v}"`).join(" | ") };
}

/** A column holding one of a fixed set of labels. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, meta: ColumnMeta) {
  const { read, type, name } = labels(values);
  return required(type, read, same, { ...meta, type: name });
}

/** A column holding one of a fixed set of labels, or null. */
export function optionalOneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  meta: ColumnMeta,
) {
  const { read, type, name } = labels(values);
  return nullable(type, read, same, { ...meta, type: name });
}

/** A number that may be missing (null, with its reason in another column). */
export function optionalNumber(meta: ColumnMeta) {
  return nullable(z.number(), readNumber, String, { ...meta, type: "number" });
}

/** A required whole number such as a line number or an age. */
export function integer(meta: ColumnMeta) {
  return required(z.number().int().nonnegative(), readInteger, String, {
    ...meta,
    type: "integer",
  });
}

/** A whole number that may be null. */
export function optionalInteger(meta: ColumnMeta) {
  return nullable(z.number().int().nonnegative(), readInteger, String, {
    ...meta,
    type: "integer",
  });
}

/** A `true`/`false` column. */
export function boolean(meta: ColumnMeta) {
  const read = (cell: string, ctx: Ctx) =>
    cell === "true" ? true : cell === "false" ? false : fail(
      ctx,
      cell,
      `Expected true or false, got "${cell}"`,
    );
  return required(z.boolean(), read, String, { ...meta, type: "boolean" });
}

/** A canonical financial year (`2021-22`). */
export function financialYear(meta: ColumnMeta) {
  return required(z.string(), readFinancialYear, same, { ...meta, type: "financial year" });
}

/** A canonical financial year (`2021-22`), or null. */
export function optionalFinancialYear(meta: ColumnMeta) {
  return nullable(z.string(), readFinancialYear, same, { ...meta, type: "financial year" });
}

/** An ISO date (`2024-04-01`) that may be null. */
export function optionalDate(meta: ColumnMeta) {
  return nullable(z.string(), readDate(/^\d{4}-\d{2}-\d{2}$/, "2024-04-01"), same, {
    ...meta,
    type: "date",
  });
}

/** A date to the precision a document states it: `2024-04-01`, `2025-03` or `2028`; may be null. */
export function optionalPartialDate(meta: ColumnMeta) {
  return nullable(
    z.string(),
    readDate(/^\d{4}(-\d{2}(-\d{2})?)?$/, "2024-04-01, 2025-03 or 2028"),
    same,
    {
      ...meta,
      type: "date, month or year",
    },
  );
}

/** Units a figure may be in. */
export const UNITS = ["GBP", "count", "percent", "years", "months"] as const;

/** What a row is: an observation, or an aggregate the document states (kept to be checked). */
export const ROLES = ["observation", "total", "subtotal", "grand_total", "percentage"] as const;

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
