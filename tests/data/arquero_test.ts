import assert from "node:assert/strict";
import { aq } from "../../lib/mod.ts";
import { libImports, SPECIFIER } from "../_lib_imports.ts";

// A user's own `import * as aq from "arquero"` (deno.json's import map, pinned to the same
// version as lib/deps.ts) must give tables the toolkit takes.
const packageBuild = await import("arquero");

Deno.test("aq is the Arquero module deno.lock pins, the one a user's own import gets", async () => {
  const lock = JSON.parse(await Deno.readTextFile(new URL("../../deno.lock", import.meta.url)));
  const pinned = Object.entries(lock.specifiers as Record<string, string>)
    .filter(([s]) => s.startsWith("npm:arquero@")).map(([, version]) => version);
  assert.deepEqual([...new Set(pinned)], ["8.0.3"]);
  const deps = await Deno.readTextFile(new URL("../../lib/deps.ts", import.meta.url));
  assert.match(deps, /"npm:arquero@8\.0\.3"/);
  assert.equal(aq.ColumnTable, packageBuild.ColumnTable);
  assert.ok(packageBuild.table({ a: [1] }) instanceof aq.ColumnTable);
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

// lib/ is imported by path from notebooks in any folder, where deno.json's import map does not
// apply: every package it imports is named by an `npm:` specifier with an exact version.
Deno.test("lib/ names every npm package by an exact npm: specifier, never a bare name", async () => {
  const { imports, files } = await libImports();
  const bare: string[] = [];
  const loose: string[] = [];
  for (const { file, specifier: name } of imports) {
    if (name.startsWith("node:") || name.startsWith(".")) continue;
    if (!name.startsWith("npm:")) bare.push(`${file.pathname}: ${name}`);
    else if (!/^npm:(@[\w.-]+\/)?[\w.-]+@\d+\.\d+\.\d+(\/|$)/.test(name)) {
      loose.push(`${file.pathname}: ${name}`);
    }
  }
  assert.ok(files > 100, "the walk read lib/");
  assert.deepEqual(bare, []);
  assert.deepEqual(loose, []);
  // The pattern finds static, type-only and dynamic imports, and passes over message templates.
  const found = (line: string) => [...line.matchAll(SPECIFIER)].map((m) => m[1]);
  assert.deepEqual(found('import { z } from "zod";'), ["zod"]);
  assert.deepEqual(found('import type { Table } from "npm:x@1";'), ["npm:x@1"]);
  assert.deepEqual(found('type D = typeof import("danfojs");'), ["danfojs"]);
  assert.deepEqual(found('throw new Error(`no line from "${seed}"`);'), []);
});
