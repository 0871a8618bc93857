import { buildTable } from "./_table_figures.ts";
import { captionAbove, detectFormat, layOut } from "./_layout.ts";
import { lineContexts } from "./_context.ts";
import { lineStarts } from "./_lines.ts";
import { joinWrapped } from "./_wrapped.ts";
import { documentPeriod, readMetadata } from "./_metadata.ts";
import { proseFigures } from "./_prose_figures.ts";
import { findPeriods } from "./_find_periods.ts";
import { readCell } from "./_read_cell.ts";
import { promiseWarnings } from "./_promises.ts";
import type { IngestMetadata, IngestPeriod, IngestResult } from "./types.ts";
import type { IngestFigure } from "./types.ts";

/**
 * The longest text {@linkcode ingest} reads, in characters (UTF-16 code units): about 25 MB of
 * plain text. Reading takes time in proportion to the text's length (20 MB of FOI responses in
 * well under 20 s); the limit bounds the time and memory a single document can take.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ingest, MAX_INGEST_CHARACTERS } from "./mod.ts";
 *
 * assert.throws(() => ingest(" ".repeat(MAX_INGEST_CHARACTERS + 1)), RangeError);
 * ```
 */
export const MAX_INGEST_CHARACTERS = 25_000_000;

/** Options for {@linkcode ingest}. */
export interface IngestOptions {
  /** The document's name, written on every figure and warning; default `"document"`. */
  source?: string;
  /** The layout of the text; detected when not given (HTML tags, markdown marks, else text). */
  format?: IngestMetadata["format"];
}

/**
 * Reads an FOI response (or any similar document) it has never seen into tidy figures with
 * provenance, its tables, what it says about itself, and warnings for what it could not read.
 *
 * Tables are found in tab-separated, markdown pipe, HTML `<table>` (entities, `<br>`, `<th>`,
 * rowspan and colspan), space-aligned, one-cell-per-line, and single-space layouts (rows of a
 * label then the same number of values, two or more, under a header line of as many cells or
 * periods when there is one; a single row needs that header), and damaged ones: a pipe table
 * broken into one cell per line, a space-aligned table whose row labels wrap, a table flattened
 * to one cell per paragraph. Header rows (several, for a multi-line header; a year written once
 * over two columns heads both) are told from body rows by holding no figures; each column is
 * typed (money, count, percent, financial year, quarter, date, number, text) from its header,
 * a unit written once for the table (`£million`) or in the caption, and the majority of its
 * cells; rows opening with "Total", "Sub-total" or "Grand total" are stated totals. Every cell
 * of a money, count or percent column is a figure.
 *
 * In prose and lists, a figure is:
 * - money: any amount with a £ sign or the word "pounds", with its scale (`£25k`, `£2.765m`,
 *   `£1.2 million`) and qualifiers (`c£`, `around`, `roughly`, `up to`, `more than`);
 * - a percentage: a number with `%` or `per cent`;
 * - a count: a whole number (or a number word from two to twenty before a plural noun) directly
 *   followed by the noun naming what is counted (`105 referrals`, `nine CSPs`) or by a verb
 *   (`4,321 supported`, `61 were resolved`), labelled by the layout (`Referrals: 105`, `Total
 *   referrals 61`, `Referrals: 6,480 received, 987 for victims of …`, `the number of referrals
 *   was 105`), or a comparison's baseline (`up from 2,980 in 2022/23`);
 * - a length in years or months of a contract, project, grant or extension (`commissioned for
 *   5 years`, `the three year project`).
 *
 * A number is never a count when it is a calendar year (1900-2099 without a thousands comma); a
 * reference (after Section, Article, Regulation, paragraph, page, Part, Schedule, Table,
 * Question, Year, Round, Phase, Tier, Level, Step, No., ref…: `Section 17.1`, `sections 1 and
 * 11`, `Year 6`, `Round 5`); part of a date, code, postcode, phone number or reference (glued to
 * letters, slashes, dots or dashes, or with a leading zero: `LE19 2BX`, `0115 8445998`,
 * `0017/24`, `01/04/2024`); an age or the end of a range (`aged between 18 and 25`, `under the
 * age of 18`, `16/17 yr. olds`); a day of the month; a list or question marker (`1.`, `2)`);
 * joined by "plus" (`3 plus 1` contract breaks); or followed by anything but the noun it counts.
 *
 * Lines of a hard-wrapped paragraph are read as one, so a figure keeps the period and subject
 * written on the line before; a minus sign before a figure is kept (with a warning when it could
 * be a dash after a label).
 *
 * Withheld values (`*`, `[c]`, `<5`, `Fewer than 5`, `less than 5`; a threshold up to 10) are
 * figures with a null value, `suppressed: true` and the reason. Malformed amounts are read only
 * when the intended value is certain (`££1,329,399.26`, `£334, 818`, `£1,372,554in`, a footnote
 * digit glued to a year), with a warning quoting them; any other (`£31,78`) is refused with a
 * warning. Nothing is guessed silently.
 *
 * Each figure's period is the one stated next to it (its clause, its sentence's opening words,
 * its sentence; its row and column; a comparison's baseline excluded), else one an earlier
 * sentence of its paragraph set ("In 2022/23 …"), else a heading's, caption's or list
 * introduction's, else the document's single financial year (`period.basis` says which); "in
 * both A and B" and "each year from A to B" give one figure per period. Its label is the
 * subject its words name, before or after it ("Refuge received £334,818", "£45,000 was awarded
 * to Y", "Y (£30,000)", "£X – Y", "Victim Support – £411,834", "105 referrals", "61% women"),
 * with the topic or heading before a general word ("Community Safety Partnerships: spend"), or
 * empty when nothing near names it (`label_source` and `label_confidence` say which).
 *
 * A total stated in a sentence ("A total of £120,000 …: £70,000 … and £50,000 …") lists its
 * parts for `checkTotals()`; a fact stated twice is one figure citing both places (`also`); a
 * table, attachment or appendix the text promises but the document lacks is a warning.
 *
 * @param text The document's text: plain text, markdown or HTML.
 * @param options `source` names the document in the output; `format` overrides detection.
 * @returns The metadata, tables, figures (document order) and warnings.
 * @throws {TypeError} When `text` is not a string.
 * @throws {RangeError} When `text` is longer than {@linkcode MAX_INGEST_CHARACTERS}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ingest } from "./mod.ts";
 *
 * const result = ingest(
 *   "Our ref: 123/24\n\nIn 2023/24 we spent £2.765m on victim services and made 105 referrals.",
 *   { source: "reply.txt" },
 * );
 * assert.equal(result.metadata.reference, "123/24");
 * const [money, referrals] = result.figures;
 * assert.equal(money.value, 2765000);
 * assert.equal(money.period.financial_year, "2023-24");
 * assert.equal(referrals.label, "referrals");
 * assert.equal(referrals.value, 105);
 * ```
 */
export function ingest(text: string, options: IngestOptions = {}): IngestResult {
  if (typeof text !== "string") {
    throw new TypeError(`Cannot ingest ${String(text)}: expected the document's text as a string`);
  }
  const source = options.source ?? "document";
  if (text.length > MAX_INGEST_CHARACTERS) {
    throw new RangeError(
      `Cannot ingest "${source}": the text is ${grouped(text.length)} characters long, more ` +
        `than the limit of ${grouped(MAX_INGEST_CHARACTERS)} (split it into parts)`,
    );
  }
  const format = options.format ?? detectFormat(text);
  const starts = lineStarts(text);
  const layout = layOut(text, format, starts);
  // Years written in full ("2021/22") in tables count towards the document's period; two-digit
  // pairs ("16 to 17") may be age bands.
  const tableYears = layout.tables.flatMap((t) => t.rows.flat())
    .filter((cell) => /^(?:19|20)\d\d\s*[/\-–—]/.test(cell.text.trim()))
    .map((cell) => readCell(cell.text))
    .flatMap((r) => r.kind === "financial_year" ? [r.year.label] : []);
  const { lines, taken } = joinWrapped(layout.lines, layout.taken, starts);
  const metadata = readMetadata(lines, {
    source,
    format,
    taken,
    tableYears,
    lineCount: starts.length,
  });
  const document = documentPeriod(metadata);
  const contexts = lineContexts(lines, taken);
  const tables = layout.tables.map((raw, index) => {
    const caption = raw.caption ?? captionAbove(layout, raw);
    return buildTable(raw, index, { source, caption, context: periodIn(caption), document });
  });
  const prose = proseFigures({
    source,
    starts,
    lines,
    skip: taken,
    contexts,
    document,
  });
  const figures = mergeRepeats(
    [...tables.flatMap((t) => t.figures), ...prose.figures]
      .sort((a, b) => a.line - b.line || a.start - b.start),
  );
  const promises = promiseWarnings(lines, { taken, tables: layout.tables, starts, source });
  const warnings = [...tables.flatMap((t) => t.warnings), ...prose.warnings, ...promises]
    .sort((a, b) => a.line - b.line);
  return { metadata, tables: tables.map((t) => t.table), figures, warnings };
}

function grouped(n: number): string {
  return n.toLocaleString("en-GB");
}

function periodIn(caption: string | null): IngestPeriod | null {
  const found = caption === null ? undefined : findPeriods(caption)[0];
  return found ? { ...found.period, basis: "context" } : null;
}

// a fact a document states more than once (in its summary and again in its
// body: "the PCC spent £2.4m on victim services in 2023/24") is one figure that cites every place.
/** The figures with each repeated statement merged into its first, which lists the others in `also`. */
function mergeRepeats(figures: readonly IngestFigure[]): IngestFigure[] {
  const first = new Map<string, IngestFigure>();
  const out: IngestFigure[] = [];
  for (const figure of figures) {
    const key = keyOf(figure);
    const seen = key === null ? undefined : first.get(key);
    if (seen) {
      seen.also.push({ line: figure.line, start: figure.start, end: figure.end });
      continue;
    }
    const kept = { ...figure, also: [...figure.also] };
    if (key !== null) first.set(key, kept);
    out.push(kept);
  }
  return out;
}

// Only a figure of running text with a value and a label can be told to be the same fact; a
// table's cells are each their own.
function keyOf(f: IngestFigure): string | null {
  if (f.table !== null || f.value === null || f.label === "") return null;
  const label = f.label.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  const p = f.period;
  return [f.unit, f.value, label, f.role, p.financial_year, p.quarter, p.start, p.end, p.per_annum]
    .join("|");
}
