// Leicester City Council FOI on child victims, 2020-21: the "roughly 27%" share of the budget,
// how far the protected-characteristics breakdowns cover the headline counts, and what the
// counts allow about the figures the document does not give (distinct children, shares of the
// whole when part is unrecorded).
import type { FindingCheck, FindingDefinition, FindingInputs } from "./finding.ts";
import type { Provenance } from "../datasets/schema.ts";
import type { CouncilService } from "../datasets/council_service.ts";
import type { DatasetRows } from "../datasets/registry.ts";
import { breakdown } from "../analysis/breakdown.ts";
import { coverage as coverageOf } from "../analysis/coverage.ts";
import { grimCheck } from "../analysis/grim_check.ts";
import { shareBounds } from "../analysis/share_bounds.ts";
import { shareOf } from "../analysis/share_of.ts";
import { linesOf, lineSpan, only, some, sourceOf, statedBy, sumText } from "./_select.ts";
import { findLine } from "./_seed_text.ts";
import { tableOf } from "./_table.ts";
import { formatValue } from "../format/format_value.ts";
import { formatFigure } from "./format_figure.ts";

const share: FindingDefinition = {
  id: "leicester-cyp-share-of-budget",
  claim: "The £186,945 children, young people and family service contract represents roughly " +
    "27% of the £705,672 annual budget",
  expected: "reproduced",
  datasets: ["council_dsv_budget"],
  check(inputs) {
    const rows = inputs.rows("council_dsv_budget");
    const pick = (m: string) => only(rows.filter((r) => r.measure === m), m);
    const stated = pick("cyp_share");
    const part = pick("cyp_service_contract_value");
    const whole = pick("dsv_commissioning_budget");
    const computed = shareOf(tableOf(inputs, "council_dsv_budget"), {
      part: part.measure,
      whole: whole.measure,
      stated: stated.measure,
    }).object(0);
    return {
      ...statedBy(stated),
      raw: stated.raw ?? undefined,
      computed: computed.share,
      reason: computed.missing_reason ?? undefined,
      unit: "percent",
      precision: stated.approximate ? "approximate" : "rounded",
      checks: stated.value === null || whole.value === null
        ? []
        : [granularity(stated.value, whole.value, part.value)],
      note: shareNote(part.value, whole.value, computed.share, stated.value) +
        ` Contract value on ${linesOf([part])}, budget on ${linesOf([whole])}.`,
    };
  },
};

function shareNote(
  part: number | null,
  whole: number | null,
  share: number | null,
  stated: number | null,
): string {
  if (share === null || stated === null) return "The share of the budget cannot be computed.";
  const rounded = Math.round(share);
  // Two places for the computed share, whole percents for the rounding.
  const whole0 = (n: number) => formatValue(n, "percent", { digits: 0 });
  return `${part} / ${whole} × 100 = ${formatValue(share, "percent", { digits: 2 })}, ` +
    `which rounds to ${whole0(rounded)} to the nearest point` +
    (rounded === stated ? "." : `, not ${whole0(stated)}: the stated figure is the share rounded ` +
      `${share < stated ? "up" : "down"}, which "roughly" allows, not the nearest whole percent.`);
}

/** The GRIM-style test of a stated percentage of a stated whole (in whole pounds or counts). */
function granularity(percent: number, base: number, part: number | null) {
  const grim = grimCheck(percent, base);
  const money = (n: number) => formatFigure(n, "GBP");
  const at = `${formatValue(percent, "percent", { digits: grim.decimals })} to the nearest ` +
    `${grim.decimals === 0 ? "whole percent" : `${grim.decimals} decimal places`}`;
  const stated = part === null || grim.low === null || grim.high === null
    ? ""
    : part >= grim.low && part <= grim.high
    ? `; the stated ${money(part)} is one of them.`
    : `; the stated ${money(part)} is not: it is ${
      money(part < grim.low ? grim.low - part : part - grim.high)
    } ${part < grim.low ? "below" : "above"} them.`;
  return {
    name: "granularity",
    passed: grim.consistent,
    text: grim.consistent
      ? `Whole-pound parts of ${money(base)} from ${money(grim.low!)} to ${money(grim.high!)} ` +
        `give ${at}, so the percentage is possible for its base${stated || "."}`
      : `No whole-pound part of ${money(base)} gives ${at}: the percentage is impossible for ` +
        "its base.",
  };
}

// The breakdowns are headed "Child victims of domestic abuse" (line 102) but the document does
// not say they add up to the counts of question B; these findings say how much of each count a
// breakdown covers, which a reader of the breakdowns needs to know: coverage, not error.
type Breakdown = "child_victims_age" | "child_victims_sex" | "child_victims_ethnicity";
const WORD: Record<Breakdown, string> = {
  child_victims_age: "age",
  child_victims_sex: "sex",
  child_victims_ethnicity: "ethnicity",
};

/** The question B count of one service: the headline the breakdowns are set against. */
function headlineOf(inputs: FindingInputs, service: CouncilService) {
  return only(
    inputs.rows("child_victims").filter((r) => r.question === "B" && r.service === service),
    `${service} child victims of domestic abuse`,
  );
}

function coverage(breakdownName: Breakdown, service: CouncilService): FindingDefinition {
  const slug = service === "CYPFS" ? "cypfs" : "support-information";
  const word = WORD[breakdownName];
  return {
    id: `leicester-coverage-${word}-${slug}`,
    claim: `Coverage (implied by the heading, not stated): the ${word} breakdown of ` +
      `${service} child victims of domestic abuse against the ${service} count of question B`,
    expected: "coverage",
    datasets: ["child_victims", breakdownName],
    check(inputs) {
      const headline = headlineOf(inputs, service);
      const parts = some(
        (inputs.rows(breakdownName) as readonly DatasetRows[Breakdown][])
          .filter((r) => r.service === service),
        `${service} ${word} breakdown`,
      );
      const headlines = tableOf(inputs, "child_victims").filter((d) => d.question === "B");
      const covered = coverageOf(tableOf(inputs, breakdownName), headlines, { by: ["service"] })
        .params({ service }).filter((d, $) => d.service === $.service).object(0);
      const empty = parts.filter((p) => p.value === null);
      const caveat = findLine(inputs, headline.seed, /double counting/).line;
      return {
        kind: "coverage",
        ...statedBy(headline),
        computed: covered.parts_total,
        reason: covered.missing_reason ?? undefined,
        unit: "count",
        note: `Sum of the ${word} breakdown (${lineSpan(parts)})` +
          (empty.length === 0
            ? `: ${sumText(parts.map((p) => p.value))}.`
            : `, leaving out ${
              empty.length === 1 ? "an empty cell" : `${empty.length} empty cells`
            }` +
              ` (${linesOf(empty)}): ${
                sumText(parts.filter((p) => p.value !== null).map((p) => p.value))
              }.` +
              (covered.difference !== null && covered.difference < 0
                ? ` The ${-covered.difference} not covered could be in the empty ` +
                  `${empty.length === 1 ? "cell" : "cells"}, or in none.`
                : "")) +
          (covered.difference !== null && covered.difference > 0
            ? ` The breakdown holds ${covered.difference} more than the count.`
            : "") +
          " The document does not say the breakdown should add up to the count, and line " +
          `${caveat} warns of double counting across systems: a difference is a gap (or an ` +
          "overlap) in coverage to bear in mind, not an arithmetic error.",
      };
    },
  };
}

/** A bounded finding whose counts cannot bound it: one of them has no value. */
function unbounded(row: Provenance, unit: "count" | "percent", note: string): FindingCheck {
  const none = { stated: null, computed: null, bounds: null };
  return {
    kind: "bounds",
    source: sourceOf(row),
    ...none,
    reason: "a count has no value",
    unit,
    note,
  };
}

/**
 * The number of distinct children behind one question's counts, which the council warns may
 * double count: at least the largest count (each counts distinct children in its own system), at
 * most their sum (no child in two of them).
 */
function distinctChildren(question: "A" | "B", what: string): FindingDefinition {
  return {
    id: `leicester-distinct-child-victims-${what.replaceAll(" ", "-")}`,
    claim: `The number of distinct child victims of ${what} behind the council's counts for ` +
      `question ${question}, which it warns may double count`,
    expected: "bounded",
    datasets: ["child_victims"],
    check(inputs) {
      const counts = some(
        inputs.rows("child_victims").filter((r) => r.question === question),
        `question ${question} counts`,
      );
      const values = counts.map((r) => r.value);
      if (values.some((v) => v === null)) {
        return unbounded(counts[0], "count", "The counts cannot bound the number of children.");
      }
      const known = values as number[];
      const largest = counts[known.indexOf(Math.max(...known))];
      const caveat = findLine(inputs, counts[0].seed, /double counting/);
      return {
        kind: "bounds",
        source: { seed: counts[0].seed, line: caveat.line },
        stated: null,
        computed: null,
        bounds: { low: Math.max(...known), high: known.reduce((a, b) => a + b, 0) },
        unit: "count",
        note:
          `At least ${
            formatValue(largest.value, "count")
          }, the largest count (${largest.data_source}, ` +
          `${linesOf([largest])}); at most ${sumText(known)} = ` +
          `${
            formatValue(known.reduce((a, b) => a + b, 0), "count")
          }, the ${counts.length} counts ` +
          `added up (${linesOf(counts)}), if no child is in two of them. Line ${caveat.line} ` +
          'warns "there may be some double counting as victims may have multiple factors ' +
          'recorded and might appear across different systems", so no single number is given.',
      };
    },
  };
}

/** A sex's share of one service's headline, when sex is recorded for only part of it. */
function sexShare(sex: "Male" | "Female", service: CouncilService): FindingDefinition {
  return {
    id: `leicester-${sex.toLowerCase()}-share-${
      service === "CYPFS" ? "cypfs" : "support-information"
    }`,
    claim: `The share of the ${service} child victims of domestic abuse who were ` +
      `${sex.toLowerCase()}, when sex is recorded for only part of them`,
    expected: "bounded",
    datasets: ["child_victims", "child_victims_sex"],
    check(inputs) {
      const headline = headlineOf(inputs, service);
      const rows = inputs.rows("child_victims_sex").filter((r) => r.service === service);
      const own = only(rows.filter((r) => r.sex === sex), `${service} ${sex}`);
      const shares = breakdown(tableOf(inputs, "child_victims_sex"), {
        category: "sex",
        by: ["service"],
      }).params({ service, sex }).filter((d, $) => d.service === $.service && d.sex === $.sex)
        .object(0);
      if (headline.value === null || shares.value === null || shares.known_total === null) {
        return unbounded(own, "percent", "The share cannot be bounded.");
      }
      const range = shareBounds(shares.value, shares.known_total, headline.value);
      const unknown = rows.filter((r) => r.sex === "Unknown");
      const pct = (n: number) => formatValue(n, "percent");
      return {
        kind: "bounds",
        source: sourceOf(own),
        stated: null,
        computed: range.known,
        bounds: { low: range.low, high: range.high },
        unit: "percent",
        note: `${shares.value} ${sex.toLowerCase()} (${linesOf([own])}) of the ` +
          `${shares.known_total} whose sex is recorded as male or female: ${pct(range.known!)}. ` +
          `Of all ${headline.value} (${linesOf([headline])}), ${range.unrecorded} have no sex ` +
          `recorded (${
            unknown.map((u) => `${u.value} "Unknown", ${linesOf([u])}, and `).join("")
          }` +
          `${headline.value - shares.known_total - (unknown[0]?.value ?? 0)} not in the ` +
          `breakdown), so the share of the ${headline.value} lies from ${pct(range.low)} (none ` +
          `of them ${sex.toLowerCase()}) to ${pct(range.high)} (all of them). ${
            pct(range.known!)
          } ` +
          "holds only if those without a recorded sex are like those with one, which the " +
          "document does not say.",
      };
    },
  };
}

/** The findings of the Leicester City Council FOI. */
export const LEICESTER: readonly FindingDefinition[] = [
  share,
  coverage("child_victims_age", "CYPFS"),
  coverage("child_victims_age", "Support & Information Service"),
  coverage("child_victims_sex", "CYPFS"),
  coverage("child_victims_ethnicity", "CYPFS"),
  coverage("child_victims_ethnicity", "Support & Information Service"),
  distinctChildren("A", "sexual abuse"),
  distinctChildren("B", "domestic abuse"),
  sexShare("Male", "CYPFS"),
  sexShare("Female", "CYPFS"),
];
