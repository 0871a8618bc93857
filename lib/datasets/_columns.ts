// Column codecs: each decodes a CSV cell (text) into a typed value and encodes it back, so one
// schema both validates a loaded file and writes an extracted one. An empty cell is null; a
// column that may not be null says so in its message. Row schemas are built from them in
// schema.ts. Every cell is one line of plain text, read or written: no control character (a NUL,
// a tab, a carriage return) and no byte-order mark; a text cell may not begin with = + - or @,
// which a spreadsheet would run as a formula; a number is written as it reads back.
import { z } from "../deps.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { COUNCIL_SERVICES } from "./council_service.ts";

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

// deno-lint-ignore no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\ufeff]/;

/** A cell's text: one line of plain text, in both directions. */
const cell = z.string().superRefine((text, ctx) => {
  const found = CONTROL.exec(text);
  if (found === null) return;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  const what = code === "FEFF" ? "a byte-order mark" : "a control character";
  ctx.addIssue({
    code: "custom",
    message: `Expected plain text, got ${what} (U+${code}) at character ${found.index + 1}`,
    input: text,
  });
});

/** Text a spreadsheet would not run: no leading = + - or @ (formula injection). */
const plainText = z.string().superRefine((text, ctx) => {
  if (!/^[=+\-@]/.test(text)) return;
  ctx.addIssue({
    code: "custom",
    message: `Expected text, got a cell beginning with "${
      text[0]
    }", which a spreadsheet would run as a formula`,
    input: text,
  });
});

function column<T>(
  type: z.ZodType<T>,
  decode: (cell: string, ctx: Ctx) => T,
  encode: (value: T) => string,
  meta: ColumnMeta & { type: string },
) {
  return z.codec(cell, type, {
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
  // -0 reads back as 0, 561813.0000000000000001 as 561813: what the file says is not the number.
  const value = Number(cell);
  if (String(value) !== cell) {
    return fail(ctx, cell, `Expected a number written as it reads back, got "${cell}" (${value})`);
  }
  return value;
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
  return required(plainText, same, same, { ...meta, type: "string" });
}

/** A text column that may be empty (null). */
export function optionalText(meta: ColumnMeta) {
  return nullable(plainText, same, same, { ...meta, type: "string" });
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

/** A whole number that may be missing (null), such as a page number a text file has not. */
export function optionalInteger(meta: ColumnMeta) {
  return nullable(z.number().int().nonnegative(), readInteger, String, {
    ...meta,
    type: "integer",
  });
}

/** The columns the Leicester breakdowns (age, sex, ethnicity) begin with, so they join. */
export function councilBreakdownColumns() {
  return {
    financial_year: financialYear({ description: "Financial year (1 April to 31 March)" }),
    service: oneOf(COUNCIL_SERVICES, {
      description: "The service whose clients are counted (short name)",
    }),
    source_header: text({ description: "The column header the document gives for the service" }),
  };
}
