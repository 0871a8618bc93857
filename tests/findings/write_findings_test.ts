import assert from "node:assert/strict";
import {
  FINDING_STATUSES,
  findingsMarkdown,
  runFindings,
  writeFindings,
} from "../../lib/findings/mod.ts";

const FIELDS = [
  "id",
  "claim",
  "source",
  "stated",
  "computed",
  "difference",
  "unit",
  "tolerance",
  "status",
  "coverage",
  "bounds",
  "checks",
  "note",
];
const findings = await runFindings();

Deno.test("writeFindings() writes JSON objects with exactly the finding fields, typed", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const written = await writeFindings(findings, { dir: `${dir}/out` });
    assert.deepEqual(written, {
      json: `${dir}/out/findings.json`,
      markdown: `${dir}/out/findings.md`,
    });
    const records: Record<string, unknown>[] = JSON.parse(await Deno.readTextFile(written.json));
    assert.equal(records.length, findings.length);
    for (const r of records) {
      assert.deepEqual(Object.keys(r), FIELDS, String(r.id));
      assert.deepEqual(Object.keys(r.source as object), ["seed", "line"]);
      const { seed, line } = r.source as { seed: unknown; line: unknown };
      assert.ok(typeof seed === "string" && seed.endsWith(".txt") && Number.isInteger(line));
      for (const key of ["stated", "computed", "difference", "tolerance"]) {
        assert.ok(r[key] === null || typeof r[key] === "number", `${r.id}.${key}`);
      }
      assert.ok((FINDING_STATUSES as readonly unknown[]).includes(r.status));
      assert.ok(r.coverage === null || typeof r.coverage === "number", `${r.id}.coverage`);
      assert.ok(r.bounds === null || Object.keys(r.bounds as object).join() === "low,high");
      assert.ok(Array.isArray(r.checks), `${r.id}.checks`);
      assert.ok(["GBP", "count", "percent", "years", "months"].includes(r.unit as string));
      assert.ok(typeof r.claim === "string" && typeof r.note === "string" && r.note !== "");
    }
    assert.deepEqual(records, JSON.parse(JSON.stringify(findings)));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeFindings() writes the Markdown report and leaves no temporary files", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFindings(findings, { dir });
    await writeFindings(findings, { dir }); // over the first: a rename replaces the old file
    assert.equal(await Deno.readTextFile(`${dir}/findings.md`), findingsMarkdown(findings));
    const names = [];
    for await (const entry of Deno.readDir(dir)) names.push(entry.name);
    assert.deepEqual(names.sort(), ["findings.json", "findings.md"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeFindings() keeps only the finding fields of objects that carry more", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const extra = findings.slice(0, 1).map((f) => ({ ...f, expected: "reproduced" }));
    const { json } = await writeFindings(extra, { dir });
    assert.deepEqual(Object.keys(JSON.parse(await Deno.readTextFile(json))[0]), FIELDS);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
