import assert from "node:assert/strict";
import {
  ageBands,
  aggregateBy,
  annualise,
  aq,
  breakdown,
  budgetShares,
  coverage,
  load,
  reconcile,
  shareOf,
  victimFirstFundingSeries,
  yoyChange,
} from "../../lib/mod.ts";

// The one value import of the package's module build in the tests, on purpose: it is the copy a
// user gets from `import * as aq from "arquero"`, whose tables the toolkit must also take.
const packageBuild = await import("arquero");

Deno.test("aq is the Arquero version deno.lock pins, with every export of the package", async () => {
  const lock = JSON.parse(await Deno.readTextFile(new URL("../../deno.lock", import.meta.url)));
  const [, pinned] = Object.entries(lock.specifiers).find(([s]) => s.startsWith("npm:arquero@"))!;
  const build = import.meta.resolve("arquero/dist/arquero.min.js");
  const manifest = JSON.parse(await Deno.readTextFile(new URL("../package.json", build)));
  assert.equal(manifest.version, pinned);
  assert.equal(aq, (globalThis as { aq?: unknown }).aq);
  assert.deepEqual(Object.keys(aq).sort(), Object.keys(packageBuild).sort());
  for (const name of ["op", "escape", "desc", "not", "all", "fromArrow", "toArrow", "loadCSV"]) {
    assert.ok(name in aq, `aq.${name} is missing`);
  }
});

Deno.test("aq runs verbs, helpers and escaped functions as the package does", () => {
  const t = aq.table({ service: ["ISVA", "SARC", "ISVA"], spend: [300, 100, null] });
  const rolled = t.groupby("service").rollup({ total: aq.op.sum("spend"), rows: aq.op.count() })
    .orderby(aq.desc("total"));
  assert.deepEqual(rolled.objects(), [
    { service: "ISVA", total: 300, rows: 2 }, // 300 + null
    { service: "SARC", total: 100, rows: 1 },
  ]);
  const limit = 200;
  const over = t.filter(aq.escape((d: { spend: number | null }) => (d.spend ?? 0) > limit));
  assert.deepEqual(over.array("spend"), [300]);
  assert.deepEqual(t.select(aq.not("spend")).columnNames(), ["service"]);
  assert.deepEqual(t.select(aq.all()).columnNames(), ["service", "spend"]);
});

Deno.test("aq round-trips a table through Arrow IPC bytes, nulls and all", () => {
  const t = aq.table({ year: ["2021-22", "2022-23", null], value: [561813, null, 572798] });
  const bytes = aq.toArrowIPC(t, { format: "file" });
  assert.ok(bytes instanceof Uint8Array && bytes.length > 0);
  const back = aq.fromArrow(bytes);
  assert.deepEqual(back.objects(), t.objects());
  // Arquero's own types disagree on Arrow metadata (null or undefined); the values are its own.
  const arrow = aq.toArrow(t) as unknown as Parameters<typeof aq.fromArrow>[0];
  assert.deepEqual(aq.fromArrow(arrow).objects(), t.objects());
});

// Every analysis verb, on the same rows as a table of the toolkit's `aq` and of the package's
// module build: both are taken, and give the same result.
Deno.test("every analysis verb gives the same result from a table of aq or of the package", async () => {
  const names = [
    "child_victims",
    "child_victims_age",
    "child_victims_sex",
    "commissioning_spend",
    "council_dsv_budget",
    "nottinghamshire_funding",
    "victim_first_contract",
    "victim_first_under18",
  ] as const;
  const ours: Record<string, aq.ColumnTable> = {};
  const theirs: Record<string, aq.ColumnTable> = {};
  for (const name of names) {
    const t = aq.from((await load(name)).objects());
    assert.ok(t instanceof aq.ColumnTable);
    ours[name] = t;
    theirs[name] = packageBuild.from(t.objects()) as unknown as aq.ColumnTable;
    assert.ok(!(theirs[name] instanceof aq.ColumnTable), "the package's tables are another class");
  }
  const verbs: Record<string, (d: Record<string, aq.ColumnTable>) => aq.ColumnTable[]> = {
    yoyChange: (d) => [yoyChange(d.victim_first_under18, { by: ["measure"] })],
    victimFirstFundingSeries: (d) => [victimFirstFundingSeries(d as never)],
    breakdown: (d) => [breakdown(d.child_victims_sex, { category: "sex", by: ["service"] })],
    ageBands: (d) => [ageBands(d.child_victims_age.filter((r) => r.service === "CYPFS"))],
    coverage: (d) => [
      coverage(d.child_victims_sex, d.child_victims.filter((r) => r.question === "B"), {
        by: ["service"],
      }),
    ],
    reconcile: (d) => [reconcile(d.commissioning_spend, { by: ["section"] })],
    budgetShares: (d) => {
      const r = budgetShares(d.commissioning_spend, { by: ["priority"], totalsBy: ["section"] });
      return [r.shares, r.reconciliation, r.noValue];
    },
    shareOf: (d) => [
      shareOf(d.council_dsv_budget, {
        part: "cyp_service_contract_value",
        whole: "dsv_commissioning_budget",
        stated: "cyp_share",
      }),
    ],
    annualise: (d) => [annualise(d.nottinghamshire_funding)],
    aggregateBy: (d) => [aggregateBy(d.commissioning_spend, { by: ["section"] })],
  };
  for (const [verb, run] of Object.entries(verbs)) {
    const expected = run(ours);
    assert.ok(expected.some((t) => t.numRows() > 0), `${verb}() gave rows`);
    assert.deepEqual(
      run(theirs).map((t) => t.objects()),
      expected.map((t) => t.objects()),
      verb,
    );
  }
});

// The single-file build is the only way the toolkit loads Arquero: a value import of "arquero"
// anywhere in lib/ would load the package's ~170-module build as well (see lib/data/arquero.ts).
Deno.test("nothing in lib/ imports the arquero package for a value", async () => {
  const valueImport =
    /^\s*import\s+(?!type\b)[^;]*?from\s+"arquero(?:\/[^"]*)?"|import\(\s*"arquero(?:\/[^"]*)?"\s*\)/m;
  const offenders: string[] = [];
  let files = 0;
  const walk = async (dir: URL) => {
    for await (const entry of Deno.readDir(dir)) {
      const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
      if (entry.isDirectory) await walk(url);
      else if (entry.name.endsWith(".ts")) {
        files++;
        // Only code lines: JSDoc examples show users the same `import { aq }` as the toolkit.
        const code = (await Deno.readTextFile(url)).split("\n")
          .filter((line) => !/^\s*(\*|\/\/)/.test(line)).join("\n");
        if (valueImport.test(code)) offenders.push(url.pathname);
      }
    }
  };
  await walk(new URL("../../lib/", import.meta.url));
  assert.ok(files > 100, "the walk read lib/");
  assert.deepEqual(offenders, []);
  // The pattern does catch a value import, and passes over a type-only one.
  assert.ok(valueImport.test('import * as aq from "arquero";'));
  assert.ok(valueImport.test('import { op } from "arquero";'));
  assert.ok(!valueImport.test('import type * as aq from "arquero";'));
});
