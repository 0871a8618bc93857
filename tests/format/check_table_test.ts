import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { checkTable, describeValue, isPromise } from "../../lib/format/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("checkTable() asks whether await was forgotten when given a Promise", () => {
  const pending = Promise.resolve(aq.table({ a: [1] }));
  assertThrowsWith(
    () => checkTable(pending, "show table"),
    TypeError,
    "Cannot show table: expected an Arquero table, got a Promise (did you forget await?)",
  );
});

Deno.test("checkTable() names what it got instead of a table", () => {
  const cases: [unknown, string][] = [
    [null, "null"],
    [undefined, "undefined"],
    [[{ a: 1 }], "an array"],
    [{ a: [1] }, "an object"],
    ["commissioning_spend", '"commissioning_spend"'],
    [new Map(), "a Map"],
  ];
  for (const [value, named] of cases) {
    assertThrowsWith(
      () => checkTable(value, "build bar chart"),
      TypeError,
      `Cannot build bar chart: expected an Arquero table, got ${named}`,
    );
  }
});

Deno.test("checkTable() accepts tables, grouped, filtered and from a separate import alike", async () => {
  const arquero = await import("npm:arquero@8.0.3");
  const tables = [
    aq.table({ a: [1, 2] }),
    aq.table({ a: [1, 2] }).groupby("a"),
    aq.table({ a: [1, 2] }).filter((d) => d.a > 1),
    arquero.table({ a: [1] }),
  ];
  for (const table of tables) assert.equal(checkTable(table, "show table"), undefined);
});

Deno.test("describeValue() quotes text and names other values", () => {
  assert.equal(describeValue("£12,34"), '"£12,34"');
  assert.equal(describeValue(12), "12");
  assert.equal(describeValue(false), "false");
  assert.equal(describeValue(() => 1), "a function");
  assert.equal(describeValue(new Date(0)), "a Date");
  assert.equal(describeValue(Object.create(null)), "an object");
  assert.equal(describeValue(new (class Ingest {})()), "an Ingest");
  assert.equal(isPromise({ then: () => {} }), true);
  assert.equal(isPromise(aq.table({})), false);
});
