import type { FindingUnit } from "./finding.ts";

/** Options for the formatters. */
export interface FormatOptions {
  /** Write a + before a positive number (for differences). */
  signed?: boolean;
  /** Most decimal places shown; default 2. */
  decimals?: number;
}

/**
 * Writes a figure with its unit for people: `£435,000`, `1,351`, `26.49%`, `5 years`. A
 * percentage difference or tolerance is in percentage points (`-0.51 pp`).
 */
export function formatFigure(
  value: number | null,
  unit: FindingUnit,
  options: FormatOptions & { delta?: boolean } = {},
): string {
  if (value === null) return "—";
  const sign = value < 0 ? "-" : options.signed && value > 0 ? "+" : "";
  const digits = Math.abs(value).toLocaleString("en-GB", {
    maximumFractionDigits: options.decimals ?? 2,
  });
  switch (unit) {
    case "GBP":
      return `${sign}£${digits}`;
    case "count":
      return `${sign}${digits}`;
    case "percent":
      return options.delta ? `${sign}${digits} pp` : `${sign}${digits}%`;
    case "years":
    case "months":
      return `${sign}${digits} ${Math.abs(value) === 1 ? unit.slice(0, -1) : unit}`;
  }
}

/** A step of a unit in words, for a tolerance's reason: `£1,000`, `1 percentage point`. */
export function formatStep(step: number, unit: FindingUnit): string {
  const digits = step.toLocaleString("en-GB", { maximumFractionDigits: 12 });
  switch (unit) {
    case "GBP":
      return `£${digits}`;
    case "percent":
      return `${digits} percentage ${step === 1 ? "point" : "points"}`;
    case "count":
      return digits;
    case "years":
    case "months":
      return `${digits} ${step === 1 ? unit.slice(0, -1) : unit}`;
  }
}
