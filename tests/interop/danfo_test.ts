import assert from "node:assert/strict";
import { aq } from "../../lib/data/mod.ts";
import { fromDanfo, toDanfo } from "../../lib/interop/danfo.ts";
import { load } from "../../lib/mod.ts";

Deno.test("toDanfo() and fromDanfo() round-trip a dataset with its nulls and column order", async () => {
  // commissioning_spend: strings, numbers, booleans, null spend (framework lines 165 and 167),
  // null strings (the TOTAL rows' empty term/priority/project/provider, lines 201 and 221).
  const table = await load("commissioning_spend");
  const df = await toDanfo(table);
  assert.deepEqual(df.columns, table.columnNames());
  assert.deepEqual(df.shape, [table.numRows(), table.numCols()]);
  assert.deepEqual(df.column("value").values, Array.from(table.array("value")));
  const back = await fromDanfo(df);
  assert.deepEqual(back.columnNames(), table.columnNames());
  assert.deepEqual(back.objects(), table.objects());
  const empty = back.filter((d) => d.value === null).array("line");
  assert.deepEqual(empty, [165, 167]);
});

Deno.test("toDanfo() keeps integer-like column names in place", async () => {
  // A plain object would list "2021-22"-style keys as written but move "2021" to the front.
  const t = aq.table({ service: ["Victim First"], 2021: [561813], 2022: [572798] }, [
    "service",
    "2021",
    "2022",
  ]);
  const df = await toDanfo(t);
  assert.deepEqual(df.columns, ["service", "2021", "2022"]);
  assert.deepEqual(df.values, [["Victim First", 561813, 572798]]);
  assert.deepEqual((await fromDanfo(df)).columnNames(), ["service", "2021", "2022"]);
});

Deno.test("fromDanfo() turns danfojs's NaN into null", async () => {
  const dfd = await import("danfojs");
  const df = new dfd.DataFrame([[1, NaN], [2, 3]], { columns: ["a", "b"] });
  assert.deepEqual((await fromDanfo(df)).array("b"), [null, 3]);
});

Deno.test("fromDanfo() takes the frames danfojs's own operations return", async () => {
  const df = await toDanfo(await load("victim_first_under18"));
  // llr_opcc_foi_0004_24_under18_services.txt line 80: £572,798 is the largest value.
  const back = await fromDanfo(df.sortValues("value", { ascending: false }).head(2));
  assert.deepEqual(back.array("value"), [572798, 561813]);
});

Deno.test("toDanfo() and fromDanfo() reject what is not a table or a frame", async () => {
  await assert.rejects(
    () => toDanfo([] as unknown as aq.ColumnTable),
    (e: Error) =>
      e instanceof TypeError &&
      e.message === "Cannot copy table to danfojs: expected an Arquero table, got an array",
  );
  const table = await load("asb_support");
  await assert.rejects(
    () => fromDanfo(table as never),
    (e: Error) =>
      e instanceof TypeError &&
      e.message ===
        "Cannot copy table from danfojs: expected a danfojs DataFrame, got a ColumnTable " +
          "(use toDanfo() to convert it)",
  );
});

// The performance issue: importing the toolkit must not load danfojs or TensorFlow.js.
Deno.test("lib/mod.ts's module graph does not include danfojs", async () => {
  const graph = async (path: string): Promise<string[]> => {
    const url = new URL(`../../${path}`, import.meta.url);
    const { stdout, success } = await new Deno.Command(Deno.execPath(), {
      args: ["info", "--json", url.pathname],
      stdout: "piped",
      stderr: "null",
    }).output();
    assert.ok(success, `deno info ${path} failed`);
    const info = JSON.parse(new TextDecoder().decode(stdout)) as {
      modules: { specifier: string; dependencies?: { specifier: string }[] }[];
    };
    // Not `npmPackages`: that lists every package the lockfile resolves, used or not.
    return info.modules.flatMap((m) => [
      m.specifier,
      ...(m.dependencies ?? []).map((d) => d.specifier),
    ]);
  };
  const heavy = (s: string) => /danfojs|tensorflow|tfjs/.test(s);
  const toolkit = await graph("lib/mod.ts");
  assert.ok(toolkit.some((s) => s.includes("arquero")), "the graph was read");
  assert.deepEqual(toolkit.filter(heavy), []);
  // The check can fail: the interop module's graph does include danfojs.
  assert.ok((await graph("lib/interop/danfo.ts")).some(heavy));
});

Deno.test("toDanfo() and fromDanfo() round-trip a table with no rows", async () => {
  const none = (await load("asb_support")).filter((d) => d.value !== null && d.value < 0);
  const df = await toDanfo(none);
  assert.deepEqual(df.shape, [0, none.numCols()]);
  const back = await fromDanfo(df);
  assert.deepEqual(back.columnNames(), none.columnNames());
  assert.equal(back.numRows(), 0);
});
