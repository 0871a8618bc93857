import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import {
  ageBands,
  aggregateBy,
  breakdown,
  budgetShares,
  reconcile,
  yoyChange,
} from "../../lib/analysis/mod.ts";

// The verbs group by integer codes when every key is a string, number, boolean or null, and fall
// back to Arquero's own groupby when a key holds objects such as dates. Both paths must give the
// same table: here the same groups keyed once by text and once by Date objects.
const DAYS = ["2024-04-01", "2024-05-01", "2024-04-01", "2024-06-01", "2024-05-01", "2024-04-01"];
const BASE = {
  sex: ["Male", "Female", "Unknown", "Female", "Male", "Female"],
  age: [3, 7, null, 16, 12, 3],
  value: [10, null, 4, 2.5, 7, 1],
  approximate: [false, false, true, false, false, false],
  missing_reason: [null, "Empty cell", null, null, null, null],
  role: ["observation", "observation", "total", "observation", "observation", "observation"],
  financial_year: ["2021-22", "2021-22", "2022-23", "2021-22", "2022-23", "2023-24"],
};
const byText = aq.table({ day: DAYS, ...BASE });
const byDate = aq.table({ day: DAYS.map((d) => new Date(d)), ...BASE });

// A result with its Date keys written as the ISO day, to compare with the text-keyed one.
function asText(table: aq.ColumnTable): Record<string, unknown>[] {
  return (table.objects() as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(
      Object.entries(row).map((
        [k, v],
      ) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]),
    )
  );
}

Deno.test("the verbs give the same table through Arquero's groupby as through typed arrays", () => {
  const verbs: [string, (t: aq.ColumnTable) => aq.ColumnTable][] = [
    ["breakdown", (t) => breakdown(t, { category: "sex", by: ["day"] })],
    ["breakdown of rows", (t) => breakdown(t, { category: "sex", by: ["day"], value: null })],
    ["ageBands", (t) => ageBands(t, { by: ["day"] })],
    ["aggregateBy", (t) => aggregateBy(t, { by: ["day", "sex"] })],
    ["budgetShares", (t) => budgetShares(t, { by: ["sex"], within: ["day"] }).shares],
    ["reconcile", (t) => reconcile(t, { by: ["day"] })],
    ["yoyChange", (t) => yoyChange(t.filter((d) => d.sex !== "Unknown"), { by: ["day", "sex"] })],
  ];
  for (const [name, verb] of verbs) {
    const fast = verb(byText);
    assert.ok(fast.numRows() > 0, name);
    assert.deepEqual(asText(verb(byDate)), asText(fast), name);
  }
});
