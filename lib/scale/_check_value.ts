// Private to lib/scale: checking one value against its column of the referral schema, the same
// for every format. Text columns are checked once per distinct label; numbers once per cell.
import { parseFinancialYear } from "../parse/financial_year.ts";
import type { ReferralColumn } from "./referral_schema.ts";

// A cell a spreadsheet would run as a formula when the file is opened (OWASP's "CSV injection").
const FORMULA_START = /^[=+\-@]/;
// C0 and C1 controls, and the invisible characters that hide or reorder text (a byte-order mark,
// zero-width spaces and joiners, direction overrides): never part of a label, unsafe to print.
// deno-lint-ignore no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** Why a category label is not allowed, or null when it is. */
export function labelProblem(column: ReferralColumn, label: string): string | null {
  if (label === "") return "is empty: every referral needs a value here";
  const control = CONTROL.exec(label);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return `holds the invisible or control character U+${code}`;
  }
  if (FORMULA_START.test(label)) {
    return `begins with "${label[0]}", which a spreadsheet would run as a formula`;
  }
  if (column.name === "financial_year") return yearProblem(label);
  if (column.labels !== undefined && !column.labels.includes(label)) {
    return `is not one of ${column.labels.map((l) => JSON.stringify(l)).join(", ")}`;
  }
  return null;
}

function yearProblem(label: string): string | null {
  try {
    const canonical = parseFinancialYear(label).label;
    return canonical === label ? null : `is not written YYYY-YY (write ${canonical})`;
  } catch (error) {
    return `is not a financial year (${(error as Error).message})`;
  }
}

/** Why a number is not allowed in the column, or null when it is. */
export function numberProblem(column: ReferralColumn, value: number): string | null {
  if (!Number.isFinite(value)) return "is not a finite number";
  if (Object.is(value, -0)) return "is negative zero (write 0)";
  if (column.kind === "integer" && !Number.isInteger(value)) return "is not a whole number";
  if (column.min !== undefined && value < column.min) {
    return `is below the smallest allowed, ${column.min}`;
  }
  if (column.max !== undefined && value > column.max) {
    return `is above the largest allowed, ${column.max}`;
  }
  return null;
}

/** The most significant digits a number holds exactly: any 15-digit decimal survives a double. */
export const MAX_DIGITS = 15;

/**
 * Reads a number written plainly (digits, at most one point, an optional leading minus), or says
 * why it cannot: a string is the problem, in the words of {@linkcode numberProblem}.
 */
export function readDecimal(text: string): number | string {
  let digits = 0;
  let points = 0;
  let significant = 0;
  let zeros = 0; // zeros since the last other digit, dropped if they end a fraction
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 48) {
      digits++;
      if (significant > 0) zeros++;
    } else if (c > 48 && c <= 57) {
      digits++;
      significant += zeros + 1;
      zeros = 0;
    } else if (c === 46) {
      points++;
      if (significant > 0) {
        significant += zeros;
        zeros = 0;
      }
    } else if (!(c === 45 && i === 0)) return "is not a number";
  }
  if (digits === 0 || points > 1) return "is not a number";
  if (points === 0) significant += zeros;
  if (significant > MAX_DIGITS) {
    return `has more than ${MAX_DIGITS} significant digits, more than a number holds exactly`;
  }
  return +text;
}
