import type { SeedInfo } from "../data/manifest.ts";
import type { JsonObject } from "./figure.ts";
import { bottomNote, LINE_WIDTH } from "./_note.ts";

/**
 * What a chart credits: the fields of a `readManifest()` entry (a {@linkcode SeedInfo}) that name
 * and date a source document, so an entry can be passed as it is.
 */
export type SourceInfo = Pick<SeedInfo, "publisher" | "reference" | "date" | "licence">;

/** Options for {@linkcode sourceAnnotation}. */
export interface SourceAnnotationOptions {
  /** Lines put before the source, such as what the chart leaves out. */
  notes?: string[];
  /** Pixels from the bottom of the plot area down to the top of the text; default 48. */
  offset?: number;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Builds the note under a chart that credits its source and licence, as a Plotly annotation
 * named `"source"` anchored below the plot area's bottom-left corner. It takes manifest entries
 * as values, so chart builders stay free of I/O.
 *
 * @param source One source document (an entry of `readManifest()`), or several.
 * @param options Notes to add first, and how far below the plot to put the text.
 * @returns The annotation, for `layout.annotations`.
 * @throws {TypeError} When a publisher, reference or licence is not a non-empty string.
 * @throws {RangeError} When a date is neither null nor an ISO date (YYYY-MM-DD).
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sourceAnnotation } from "./mod.ts";
 * const note = sourceAnnotation({
 *   publisher: "Nottinghamshire Office of the Police and Crime Commissioner",
 *   reference: "FOI 2838/15",
 *   date: "2015-04-27",
 *   licence: "Open Government Licence v3.0",
 * });
 * assert.equal(
 *   note.text,
 *   "Source: Nottinghamshire Office of the Police and Crime Commissioner, FOI 2838/15, " +
 *     "27 April 2015<br>Licence: Open Government Licence v3.0",
 * );
 * assert.equal(note.name, "source");
 * ```
 */
export function sourceAnnotation(
  source: SourceInfo | SourceInfo[],
  options: SourceAnnotationOptions = {},
): JsonObject {
  const sources = Array.isArray(source) ? source : [source];
  if (sources.length === 0) {
    throw new TypeError("Cannot build source annotation: no source given");
  }
  const lines = [...(options.notes ?? []), ...sources.flatMap(describe)];
  lines.push(`Licence: ${[...new Set(sources.map((s) => s.licence))].join("; ")}`);
  return bottomNote("source", lines, options.offset ?? 48);
}

// One line when it fits; otherwise the publisher, then the reference and date together.
function describe(source: SourceInfo): string[] {
  for (const field of ["publisher", "reference", "licence"] as const) {
    const value: unknown = source?.[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw new TypeError(
        `Cannot build source annotation: "${field}" must be a non-empty string, got ${
          JSON.stringify(value) ?? "undefined"
        }`,
      );
    }
  }
  const cited = `${source.reference}, ${longDate(source.date)}`;
  const line = `Source: ${source.publisher}, ${cited}`;
  return line.length <= LINE_WIDTH ? [line] : [`Source: ${source.publisher},`, cited];
}

// Written out by hand rather than with Intl so the text does not depend on the ICU build.
function longDate(date: string | null): string {
  if (date === null) return "undated";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(date));
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12 || Number(match[3]) < 1 || Number(match[3]) > 31) {
    throw new RangeError(
      `Cannot build source annotation: date "${date}" is not an ISO date (YYYY-MM-DD)`,
    );
  }
  return `${Number(match[3])} ${MONTHS[month - 1]} ${match[1]}`;
}
