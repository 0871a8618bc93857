import type { DatasetRowLists } from "../datasets/registry.ts";
import type { NottinghamshireFundingRow } from "../datasets/nottinghamshire_funding.ts";
import { financialYearOf } from "../parse/financial_year_of.ts";
import { parseFinancialYear } from "../parse/financial_year.ts";
import { dateSpan, SourceDocument } from "./_document.ts";

/** What Nottinghamshire OPCC's FOI response 2838/15 yields. */
export type NottsFoi283815 = DatasetRowLists<"nottinghamshire_funding">;

/**
 * Extracts the funded services of Nottinghamshire OPCC's FOI response 2838/15 (27 April 2015):
 * Victim Support for 1 April to 31 December 2015, and the approximate 2015-16 totals for
 * domestic violence and sexual violence services.
 *
 * @param seed The seed file's name, for provenance.
 * @param text The document's text.
 * @returns The rows, in document order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { extractNottsFoi283815 } from "./mod.ts";
 * const seed = "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt";
 * const text = await Deno.readTextFile(new URL(`../../seeds/${seed}`, import.meta.url));
 * const { nottinghamshire_funding: rows } = extractNottsFoi283815(seed, text);
 * assert.deepEqual(rows.map((r) => r.approximate), [false, true, true]);
 * ```
 */
export function extractNottsFoi283815(seed: string, text: string): NottsFoi283815 {
  const doc = new SourceDocument(seed, text);
  const vs = doc.find(
    /^- (?<service>Victim Support) (?<value>£\d[\d,]*\d) for the period (?<from>\d+ \w+) – (?<to>\d+ \w+ \d{4})/,
  );
  const dv = doc.find(
    /^- A range of (?<service>domestic violence support services) .*(?<qualifier>anticipated total) for (?<year>\d{4}-\d+) is (?<value>c£\d[\d,]*\d)/,
  );
  const sv = doc.find(
    /^- A range of (?<service>interim sexual violence support services) during (?<year>\d{4}-\d+) (?<qualifier>totalling) (?<value>c£\d[\d,]*\d)/,
  );
  const groups = vs.match.groups!;
  const end = ukDate(doc, groups.to, vs.line);
  const start = ukDate(doc, `${groups.from} ${end.slice(0, 4)}`, vs.line);
  const rows: NottinghamshireFundingRow[] = [{
    service: groups.service,
    financial_year: financialYearOf(start).label,
    period_start: start,
    period_end: end,
    qualifier: null,
    ...doc.figure(groups.value, "GBP", vs.line),
  }];
  for (const { line, match } of [dv, sv]) {
    const year = parseFinancialYear(match.groups!.year);
    rows.push({
      service: match.groups!.service,
      financial_year: year.label,
      period_start: year.start,
      period_end: year.end,
      qualifier: match.groups!.qualifier,
      ...doc.figure(match.groups!.value, "GBP", line),
    });
  }
  return { nottinghamshire_funding: rows };
}

// "31 December 2015" (on `line`) → "2015-12-31", read by lib/parse's date reader.
function ukDate(doc: SourceDocument, text: string, line: number): string {
  const span = dateSpan(text);
  if (span !== null && span.start === span.end) return span.start;
  throw doc.error(`cannot read date "${text}" on line ${line}: there is no such day`);
}
