import assert from "node:assert/strict";
import fc from "fast-check";
import { aq } from "../../lib/mod.ts";
import { breakdown } from "../../lib/analysis/mod.ts";
import { disclosedCells, suppress, suppressionReason } from "../../lib/publish/mod.ts";
import { assertThrowsWith } from "../_assert.ts";
import { determinedByBruteForce, type Published } from "./_brute_force.ts";

// A full grid of counts: every group has every category, as a table of counts would.
const grids = fc.record({
  groups: fc.integer({ min: 1, max: 3 }),
  categories: fc.integer({ min: 2, max: 3 }),
  seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
}).map(({ groups, categories, seed }) => {
  const rows = Array.from({ length: groups * categories }, (_, i) => ({
    g: `G${Math.floor(i / categories)}`,
    c: `C${i % categories}`,
    count: seed[i],
  }));
  return aq.from(rows);
});

function groupIds(t: aq.ColumnTable, column: string): number[] {
  const labels = t.array(column) as string[];
  const ids = [...new Set(labels)];
  return Array.from(labels, (l) => ids.indexOf(l));
}

// What a reader sees in a published table, for the brute-force search.
function published(t: aq.ColumnTable, lower: number): Published {
  const group = groupIds(t, "g");
  const category = groupIds(t, "c");
  const firstOf = (name: string, of: number[]) => {
    const out: (number | null)[] = new Array(Math.max(...of) + 1).fill(null);
    if (!t.columnNames().includes(name)) return out;
    of.forEach((i, row) => {
      const v = t.get(name, row);
      if (out[i] === null && typeof v === "number") out[i] = v;
    });
    return out;
  };
  return {
    group,
    category,
    count: Array.from(t.array("count") as ArrayLike<number | null>),
    groupTotal: firstOf("total", group),
    categoryTotal: firstOf("category_total", category),
    lower,
  };
}

Deno.test("disclosedCells() finds exactly the hidden counts a search of every possible table pins down", () => {
  fc.assert(
    fc.property(
      grids,
      fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
      fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      fc.boolean(),
      (grid, hideMask, groupShown, categoryShown) => {
        const counts = grid.array("count") as number[];
        const group = groupIds(grid, "g");
        const category = groupIds(grid, "c");
        const sum = (pick: (row: number) => boolean) =>
          counts.reduce((s, c, row) => s + (pick(row) ? c : 0), 0);
        // Only counts of 1 or more are hidden: the reader knows a hidden count is not 0.
        const hidden = counts.map((c, row) => hideMask[row] && c > 0);
        const t = grid.assign({
          count: counts.map((c, row) => (hidden[row] ? null : c)),
          total: group.map((g) => (groupShown[g] ? sum((row) => group[row] === g) : null)),
          category_total: category.map((c) =>
            categoryShown ? sum((row) => category[row] === c) : null
          ),
          missing_reason: hidden.map((h) => (h ? "[c] suppressed" : null)),
        });
        const cap = sum(() => true) + 2;
        const expected = determinedByBruteForce(published(t, 1), cap);
        const actual = disclosedCells(t, { by: ["g"], category: "c" })
          .map(({ row, value }) => ({ row, value }));
        assert.deepEqual(actual, expected);
      },
    ),
    { numRuns: 300 },
  );
});

Deno.test("suppress() hides every small count and leaves none that a search of every possible table pins down", () => {
  fc.assert(
    fc.property(grids, fc.integer({ min: 2, max: 6 }), fc.boolean(), (grid, threshold, across) => {
      const out = suppress(grid, { by: ["g"], category: "c", threshold, categoryTotals: across });
      const before = grid.array("count") as number[];
      const after = out.array("count") as (number | null)[];
      const reasons = out.array("missing_reason") as (string | null)[];
      before.forEach((count, row) => {
        if (count > 0 && count < threshold) assert.equal(after[row], null, `row ${row} is small`);
        if (count === 0) assert.equal(after[row], 0, "a zero is never hidden");
        if (after[row] !== null) assert.equal(after[row], count, "a shown count is as it was");
        else assert.equal(reasons[row], suppressionReason(threshold));
      });
      assert.equal(out.columnNames().includes("category_total"), across);
      const sum = before.reduce((s, c) => s + c, 0);
      assert.deepEqual(determinedByBruteForce(published(out, 1), sum + 2), []);
      assert.deepEqual(disclosedCells(out, { by: ["g"], category: "c" }), []);
    }),
    { numRuns: 200 },
  );
});

Deno.test("suppress() protects a breakdown whose known total is published beside its total", () => {
  // Records: each service's referrals by sex, with Unknown; breakdown() publishes total and
  // known_total, so a lone hidden Unknown is total − known_total unless more is hidden.
  const sexes = ["Female", "Male", "Unknown"];
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 })), {
        minLength: 1,
        maxLength: 40,
      }),
      (records) => {
        const table = aq.from(records.map(([s, x]) => ({ g: `S${s}`, c: sexes[x] })));
        const shares = breakdown(table, { by: ["g"], category: "c", value: null });
        const out = suppress(shares, { by: ["g"], category: "c" });
        // For the search, each group's known and unknown parts are lines with their totals; a
        // group whose known total is hidden is one line under its total.
        const g = groupIds(out, "g");
        const unknown = out.array("unknown") as boolean[];
        const known = out.array("known_total") as (number | null)[];
        const line = g.map((id, row) => 2 * id + (unknown[row] && known[row] !== null ? 1 : 0));
        const lineTotal: (number | null)[] = new Array(2 * (Math.max(...g) + 1)).fill(null);
        line.forEach((l, row) => {
          const total = out.get("total", row) as number | null;
          if (total === null) return;
          lineTotal[l] = known[row] === null
            ? total
            : unknown[row]
            ? total - known[row]!
            : known[row];
        });
        const p = published(out, 1);
        const search = { ...p, group: line, groupTotal: lineTotal };
        assert.deepEqual(determinedByBruteForce(search, records.length + 2), []);
        assert.deepEqual(disclosedCells(out, { by: ["g"], category: "c" }), []);
      },
    ),
    { numRuns: 150 },
  );
});

Deno.test("suppress() hides a group whose total is below the threshold, totals and all", () => {
  const t = aq.table({
    g: ["A", "A", "B", "B", "C", "C"],
    c: ["x", "y", "x", "y", "x", "y"],
    count: [20, 30, 1, 2, 25, 12],
  });
  const out = suppress(t, { by: ["g"], category: "c" });
  // B's total, 3, is below 5: its counts and total are hidden. Column x's total (46) would give
  // B's x back (46 − 20 − 25 = 1), so the smallest count beside it in column x goes too, A's 20,
  // and then A's 30, or A's total would give it back (50 − 30 = 20).
  assert.deepEqual(out.array("total"), [50, 50, null, null, 37, 37]);
  assert.deepEqual(out.array("count"), [null, null, null, null, 25, 12]);
  assert.deepEqual(disclosedCells(out, { by: ["g"], category: "c" }), []);
});

Deno.test("suppress() with round gives every count and total to the nearest multiple of the base", () => {
  const t = aq.table({ c: ["x", "y", "z"], count: [12, 3, 7] });
  const out = suppress(t, { category: "c", round: 5 });
  // 12 → 10, 3 → 5, 7 → 5; the total 22 → 20, rounded on its own
  assert.deepEqual(out.array("count"), [10, 5, 5]);
  assert.deepEqual(out.array("total"), [20, 20, 20]);
});

Deno.test("suppress() refuses bad options, naming the option and the value", () => {
  const t = aq.table({ c: ["x"], count: [3] });
  assertThrowsWith(
    () => suppress(t, { category: "c", threshold: 2.5 }),
    RangeError,
    'Cannot suppress table: option "threshold" must be a whole number of at least 1, got 2.5',
  );
  assertThrowsWith(
    () => suppress(t, { category: "sex" }),
    RangeError,
    'Cannot suppress table: option "category" names column "sex", which the table does not ' +
      'have (its columns are "c" and "count")',
  );
  assertThrowsWith(
    () => suppress(aq.table({ c: ["x"], count: [2.5] }), { category: "c" }),
    TypeError,
    'Cannot suppress table: column "count" holds 2.5 at row 0, not a count (a whole number, 0 ' +
      "or more)",
  );
  assertThrowsWith(
    () => suppress(t, { category: "c", threshold: 5, round: 5 }),
    TypeError,
    'Cannot suppress table: give "threshold" to hide small counts or "round" to round every ' +
      "count, not both",
  );
});
