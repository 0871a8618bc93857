import assert from "node:assert/strict";
import fc from "fast-check";
import { aq } from "../../lib/data/mod.ts";
import {
  ageBands,
  aggregateBy,
  breakdown,
  budgetShares,
  reconcile,
  yoyChange,
} from "../../lib/analysis/mod.ts";

// The verbs' rollups run on one grouping engine (lib/analysis/_group_rows.ts): integer codes over
// typed arrays, a column's dictionary used when it has one, dates keyed by their time as Arquero
// keys them. These tests hold it equal to Arquero's own groupby and rollup.

const DAYS = ["2024-04-01", "2024-05-01", "2024-06-01"];
const row = fc.record({
  service: fc.constantFrom("ISVA", "SARC", "CYPFS", null),
  day: fc.constantFrom(...DAYS, null),
  year: fc.constantFrom(2021, 2022, "2023", null),
  value: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
  approximate: fc.boolean(),
  missing_reason: fc.constantFrom(null, "Empty cell", "Information held by NHSE"),
  role: fc.constantFrom("observation", "observation", "total"),
});
const rows = fc.array(row, { maxLength: 40 });
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
const keys = fc.subarray(["service", "day", "year"], { minLength: 1 });

// The rows as an Arquero table, dates as Date objects.
function table(records: Row[]): aq.ColumnTable {
  const columns: Record<string, unknown[]> = {};
  for (const name of ["service", "day", "year", "value", "approximate", "missing_reason", "role"]) {
    columns[name] = records.map((r) => r[name as keyof typeof r]);
  }
  columns.day = columns.day.map((d) => d === null ? null : new Date(d as string));
  return aq.table(columns);
}

// The table with years as text (Arrow holds one type per column).
function yearsAsText(t: aq.ColumnTable): aq.ColumnTable {
  return t.derive({ year: "d => d.year == null ? null : '' + d.year" });
}

// The same table through Arrow: text becomes dictionary columns, which offer groups().
function viaArrow(t: aq.ColumnTable): aq.ColumnTable {
  return aq.fromArrow(aq.toArrowIPC(t));
}

// aggregateBy() written with Arquero's verbs alone.
function plainAggregate(t: aq.ColumnTable, by: string[]): Record<string, unknown>[] {
  const rolled = t.groupby(by).rollup({
    value: "d => op.valid(d.value) > 0 ? op.sum(d.value) : null",
    rows: "() => op.count()",
    no_value: "d => op.invalid(d.value)",
    approximate: "d => op.sum(d.approximate ? 1 : 0) > 0",
    reason: "d => op.any(d.missing_reason)",
  });
  return (rolled.objects() as Record<string, unknown>[]).map(({ reason, ...r }) => ({
    ...r,
    missing_reason: r.value !== null
      ? null
      : reason == null
      ? `no value in any of its ${r.rows} rows`
      : reason,
  }));
}

Deno.test("aggregateBy() equals Arquero's groupby and rollup on random tables with nulls and dates", () => {
  fc.assert(
    fc.property(rows, keys, (records, by) => {
      const t = table(records);
      assert.deepEqual(aggregateBy(t, { by }).objects(), plainAggregate(t, by));
    }),
    { numRuns: 300 },
  );
});

Deno.test("aggregateBy() groups a dictionary column as Arquero groups the plain one", () => {
  const sample = viaArrow(aq.table({ service: ["ISVA", null, "SARC"] }));
  assert.equal(typeof (sample.column("service") as { groups?: unknown }).groups, "function");
  fc.assert(
    fc.property(rows, keys, (records, by) => {
      const t = yearsAsText(table(records));
      assert.deepEqual(aggregateBy(viaArrow(t), { by }).objects(), plainAggregate(t, by));
    }),
    { numRuns: 200 },
  );
});

Deno.test("aggregateBy() follows a filtered, sorted table as Arquero does", () => {
  fc.assert(
    fc.property(rows, keys, (records, by) => {
      const t = table(records).filter((d: { role: string }) => d.role === "observation")
        .orderby(aq.desc("value"));
      assert.deepEqual(aggregateBy(t, { by }).objects(), plainAggregate(t, by));
    }),
    { numRuns: 200 },
  );
});

Deno.test("budgetShares() adds up the parts of each group as Arquero's verbs do", () => {
  fc.assert(
    fc.property(rows, keys, (records, by) => {
      const t = table(records);
      const { shares } = budgetShares(t, { by });
      const parts = t.filter((d: { role: string }) => d.role === "observation");
      const expected = plainAggregate(parts, by).map((r) => [r.value, r.rows, r.no_value]);
      const sorted = (list: unknown[][]) =>
        [...list].sort((a, b) => String(a).localeCompare(String(b)));
      assert.deepEqual(
        sorted(
          (shares.objects() as Record<string, unknown>[]).map((r) => [r.value, r.rows, r.no_value]),
        ),
        sorted(expected),
      );
    }),
    { numRuns: 200 },
  );
});

// The same groups keyed once by text and once by Date objects give the same table.
const DATES = ["2024-04-01", "2024-05-01", "2024-04-01", "2024-06-01", "2024-05-01", "2024-04-01"];
const BASE = {
  sex: ["Male", "Female", "Unknown", "Female", "Male", "Female"],
  age: [3, 7, null, 16, 12, 3],
  value: [10, null, 4, 2.5, 7, 1],
  approximate: [false, false, true, false, false, false],
  missing_reason: [null, "Empty cell", null, null, null, null],
  role: ["observation", "observation", "total", "observation", "observation", "observation"],
  financial_year: ["2021-22", "2021-22", "2022-23", "2021-22", "2022-23", "2023-24"],
};
const byText = aq.table({ day: DATES, ...BASE });
const byDate = aq.table({ day: DATES.map((d) => new Date(d)), ...BASE });

// A result with its Date keys written as the ISO day, to compare with the text-keyed one.
function asText(t: aq.ColumnTable): Record<string, unknown>[] {
  return (t.objects() as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : v]),
    )
  );
}

Deno.test("every verb gives the same table grouped by dates as grouped by their text", () => {
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
    const fromText = verb(byText);
    assert.ok(fromText.numRows() > 0, name);
    assert.deepEqual(asText(verb(byDate)), asText(fromText), name);
  }
});
