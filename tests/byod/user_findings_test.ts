import assert from "node:assert/strict";
import { acceptSource, addSource, definitionsFor, statusOf } from "../../lib/sources/mod.ts";
import type { UserDatasetRow } from "../../lib/mod.ts";
import { eastholmDocx, northmoorPdf, withWorkspace } from "./_fixtures.ts";

function inputs(rows: readonly UserDatasetRow[]) {
  return {
    rows: () => rows as never,
    seed: (file: string) => {
      throw new RangeError(`no seed ${file}`);
    },
  };
}

Deno.test("definitionsFor() makes each stated total a finding checked against its accepted parts", async () => {
  await withWorkspace(async (ws) => {
    await addSource(await ws.put("n.pdf", await northmoorPdf()), {
      userSeeds: ws.userSeeds,
      id: "n",
    });
    const { entry, rows } = await acceptSource("n", ws);
    const [f5, f6] = definitionsFor(entry, rows);
    assert.equal(f5.id, "n-f5");
    assert.equal(
      f5.claim,
      "Total 2022-23 (FOI 042/25, page 1, line 7): the stated total equals the sum of its parts",
    );
    const check = f5.check(inputs(rows));
    // Page 1, lines 5 and 6: £120,500 and £48,000.
    assert.deepEqual(check.parts?.map((p) => typeof p === "object" && p?.value), [120500, 48000]);
    assert.deepEqual([check.stated, check.precision, statusOf(check)], [
      168500,
      "exact",
      "reproduced",
    ]);
    assert.equal(f6.expected, "reproduced");
  });
});

Deno.test("definitionsFor() keeps the status recorded at acceptance as the expected one", async () => {
  await withWorkspace(async (ws) => {
    const file = await ws.put("e.docx", await eastholmDocx());
    await addSource(file, { userSeeds: ws.userSeeds, id: "e" });
    const { entry, rows } = await acceptSource("e", ws);
    const [total] = definitionsFor(entry, rows);
    // 31 + 47 + 6 = 84 against the 81 stated: a discrepancy, recorded as such.
    assert.equal(total.expected, "discrepancy");
    assert.equal(statusOf(total.check(inputs(rows))), "discrepancy");
    // Had it been recorded as reproduced, a run now would be a regression.
    const recorded = {
      ...entry,
      accepted: { ...entry.accepted!, findings: [{ id: "e-f4", expected: "reproduced" }] },
    };
    assert.equal(definitionsFor(recorded, rows)[0].expected, "reproduced");
  });
});

Deno.test("definitionsFor() finds a total with no accepted part not computable", async () => {
  await withWorkspace(async (ws) => {
    await addSource(await ws.put("n.pdf", await northmoorPdf()), {
      userSeeds: ws.userSeeds,
      id: "n",
    });
    const { entry, rows } = await acceptSource("n", ws);
    const alone = rows.map((r) => ({ ...r, part_of: null }));
    const check = definitionsFor(entry, alone)[0].check(inputs(alone));
    assert.equal(check.reason, "no accepted figure is a part of it (part_of)");
    assert.equal(statusOf(check), "not-computable");
  });
});
