// LLR OPCC Commissioning Framework 2024-25: contract extensions, whose stated length must match
// the distance from the contract's end to the date the options extend it to.
import type { FindingDefinition, FindingStatus } from "./finding.ts";
import { only, sourceOf } from "./_select.ts";
import { readNumber } from "./_seed_text.ts";
import { yearsBetween } from "./_periods.ts";

// How the framework words an extension: "one plus one years", "a further 2 years",
// "a one-year extension".
const WORDINGS: readonly [RegExp, (m: RegExpExecArray) => number][] = [
  [/extend for (\w+) plus (\w+) years?/, (m) => readNumber(m[1]) + readNumber(m[2])],
  [/extend for a further (\w+) years?/, (m) => readNumber(m[1])],
  [/(\w+)-year extension/, (m) => readNumber(m[1])],
];

function statedExtension(raw: string): { years: number; words: string } {
  for (const [pattern, read] of WORDINGS) {
    const match = pattern.exec(raw);
    if (match !== null) return { years: read(match), words: match[0] };
  }
  throw new SyntaxError(`Cannot find an extension's length in "${raw}"`);
}

function extension(id: string, service: string, expected: FindingStatus): FindingDefinition {
  return {
    id,
    claim: `${service}: the extension options' length matches the date they extend the contract to`,
    expected,
    datasets: ["contract_terms"],
    check(inputs) {
      const row = only(inputs.rows("contract_terms").filter((r) => r.service === service), service);
      if (row.raw === null || row.ends === null || row.extendable_to === null) {
        throw new RangeError(`Cannot find "${service}" extension: the row has no end or extension`);
      }
      const stated = statedExtension(row.raw);
      return {
        source: sourceOf(row),
        stated: stated.years,
        computed: yearsBetween(row.ends, row.extendable_to),
        unit: "years",
        precision: "exact",
        note: `"${stated.words}": from the contract's end (${row.ends}) to ${row.extendable_to}, ` +
          "counted in months where both dates give one, else in years.",
      };
    },
  };
}

/** The findings on contract extensions. */
export const FRAMEWORK_CONTRACTS: readonly FindingDefinition[] = [
  extension("framework-substance-misuse-extension", "Substance Misuse Services", "reproduced"),
  extension("framework-helpline-extension", "Helpline & Engagement Service", "reproduced"),
  extension(
    "framework-sexual-violence-service-extension",
    "Sexual Violence & Abuse Service",
    "reproduced",
  ),
  extension(
    "framework-cara-extension",
    "CARA (Conditional Cautioning and Relationship Abuse)",
    "reproduced",
  ),
  extension("framework-womens-oocr-extension", "Women's OOCR Interventions", "reproduced"),
  extension("framework-warning-zone-extension", "Warning Zone", "reproduced"),
];
