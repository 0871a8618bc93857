// Private to lib/scale: checking one value against its column of the referral schema. Text
// columns are checked once per distinct label; numbers once per cell.
import { parseFinancialYear } from "../parse/financial_year.ts";
import type { ReferralColumn } from "./referral_schema.ts";

/** Why a category label is not allowed, or null when it is. */
export function labelProblem(column: ReferralColumn, label: string): string | null {
  if (label === "") return "is empty: every referral needs a value here";
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
  if (column.kind === "integer" && !Number.isInteger(value)) return "is not a whole number";
  if (column.min !== undefined && value < column.min) {
    return `is below the smallest allowed, ${column.min}`;
  }
  if (column.max !== undefined && value > column.max) {
    return `is above the largest allowed, ${column.max}`;
  }
  return null;
}

/** Reads a number written plainly (digits, one point, an optional minus), else NaN. */
export function readDecimal(text: string): number {
  let digits = 0;
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) points++;
    else if (!(c === 45 && i === 0)) return NaN;
  }
  return digits > 0 && points <= 1 ? +text : NaN;
}
