// Private to lib/analysis: the note and missing_reason columns of yoyChange(), written from
// whole columns at once (strings need JS, but only one pass and no per-row closures).
import { quarterLabel, yearLabel } from "./_periods.ts";

/** The comparison a yoyChange() call makes. */
export type Comparison = "year" | "quarter-previous-year" | "quarter-previous-period";

/** The columns the text is written from (internal names, after the lag). */
export interface TextInputs {
  label: ArrayLike<unknown>;
  baseLabel: ArrayLike<unknown>;
  value: ArrayLike<unknown>;
  base: ArrayLike<unknown>;
  reason: ArrayLike<unknown>;
  baseReason: ArrayLike<unknown>;
  bound: ArrayLike<unknown>;
  baseBound: ArrayLike<unknown>;
  idx: ArrayLike<number>;
  baseIdx: ArrayLike<unknown>;
  q: ArrayLike<number>;
  cagr: ArrayLike<unknown> | null;
}

const FIRST: Record<Comparison, string> = {
  "year": "no earlier year to compare with",
  "quarter-previous-year": "no earlier year's same quarter to compare with",
  "quarter-previous-period": "no earlier quarter to compare with",
};

/** Why change, pct_change or cagr is null, per row (null when all three are numbers). */
export function missingReasons(input: TextInputs, comparison: Comparison): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < input.label.length; i++) {
    const parts: string[] = [];
    if (input.baseIdx[i] === null) parts.push(FIRST[comparison]);
    if (input.value[i] === null) parts.push(`${input.label[i]}: ${input.reason[i] ?? "no value"}`);
    if (input.baseIdx[i] !== null && input.base[i] === null) {
      parts.push(`${input.baseLabel[i]}: ${input.baseReason[i] ?? "no value"}`);
    }
    if (parts.length === 0 && input.base[i] === 0) {
      parts.push(`no percentage change from 0 (${input.baseLabel[i]})`);
    } else if (parts.length === 0 && input.cagr !== null && input.cagr[i] === null) {
      parts.push("no compound annual growth rate across a negative value");
    }
    out.push(parts.length === 0 ? null : parts.join("; "));
  }
  return out;
}

/** Notes on gaps and bounds, per row (null when there is nothing to say). */
export function notes(input: TextInputs, comparison: Comparison): (string | null)[] {
  const out: (string | null)[] = [];
  for (let i = 0; i < input.label.length; i++) {
    const parts: string[] = [];
    const baseIdx = input.baseIdx[i];
    if (typeof baseIdx === "number" && input.idx[i] - baseIdx > 1) {
      parts.push(`across a gap: ${missingPeriods(baseIdx, input.idx[i], input.q[i], comparison)}`);
    }
    if (baseIdx !== null) {
      const bound = input.bound[i] ?? null;
      const baseBound = input.baseBound[i] ?? null;
      if (bound !== null && bound === baseBound) parts.push(`both figures are ${bound} bounds`);
      if (bound !== baseBound) {
        parts.push(
          `the figures differ in kind: ${input.label[i]} is ${describe(bound)}, ` +
            `${input.baseLabel[i]} is ${describe(baseBound)}`,
        );
      }
    }
    out.push(parts.length === 0 ? null : parts.join("; "));
  }
  return out;
}

function describe(bound: unknown): string {
  if (bound === null) return "exact";
  return `${/^[aeiou]/i.test(String(bound)) ? "an" : "a"} ${bound} bound`;
}

function missingPeriods(from: number, to: number, q: number, comparison: Comparison): string {
  const labels: string[] = [];
  for (let k = from + 1; k < to; k++) {
    labels.push(
      comparison === "year"
        ? yearLabel(k)
        : comparison === "quarter-previous-year"
        ? `${yearLabel(k)} Q${q}`
        : quarterLabel(k),
    );
  }
  return `${labels.join(", ")} missing`;
}
