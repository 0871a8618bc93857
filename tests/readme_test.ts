import assert from "node:assert/strict";
import { catalog, readManifest } from "../lib/mod.ts";
import { isDatasetName } from "../lib/datasets/mod.ts";

const readme = await Deno.readTextFile(new URL("../README.md", import.meta.url));

// The README's markdown table rows as trimmed cells (deno fmt pads them to align).
const rows = readme.split("\n").filter((l) => l.startsWith("|")).map((l) =>
  l.split("|").slice(1, -1).map((cell) => cell.trim())
);
const hasRow = (...cells: string[]) =>
  rows.some((row) => cells.every((cell, i) => row[i] === cell));

Deno.test("the README's dataset table lists every shipped dataset with its catalogue title", () => {
  // A user's own datasets (deno task add) are theirs to describe, not the README's.
  for (const dataset of catalog().filter((d) => isDatasetName(d.name))) {
    assert.ok(
      hasRow(`\`${dataset.name}\``, dataset.title),
      `README is missing the row for ${dataset.name}`,
    );
  }
});

Deno.test("the README names every source document and its publisher", async () => {
  for (const seed of await readManifest()) {
    assert.ok(hasRow(`\`${seed.file}\``, seed.publisher), seed.file);
  }
  assert.ok(readme.includes("Open Government Licence v3.0"));
});

Deno.test("the README gives the two commands, and npx for machines without Deno", () => {
  assert.ok(readme.includes("deno task reproduce"));
  assert.ok(readme.includes("deno task test"));
  assert.ok(readme.includes("npx -y deno@2.9.6 task reproduce"));
  assert.ok(readme.includes("npx -y deno@2.9.6 task test"));
});
