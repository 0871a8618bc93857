import assert from "node:assert/strict";
import { join } from "node:path";
import { aq, show, suppress } from "../../lib/mod.ts";
import { type NotebookRun, writeSite } from "../../lib/report/mod.ts";

Deno.test("the report's notebook page says which tables were published suppressed, and at what threshold", async () => {
  const counts = aq.table({ sex: ["Female", "Male", "Unknown"], count: [40, 35, 3] });
  const safe = suppress(counts, { category: "sex", threshold: 10 });
  const shown = show(safe, { title: "Referrals by sex" }).bundle;
  const plain = show(counts, { title: "Not suppressed" }).bundle;
  const run: NotebookRun = {
    name: "case_level",
    path: "notebooks/case_level.ipynb",
    status: "ok",
    durationMs: 1,
    notebook: {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [0, 1].map((i) => ({
        cell_type: "code" as const,
        id: `c${i}`,
        execution_count: i + 1,
        metadata: {},
        source: "",
        outputs: [{
          output_type: "display_data" as const,
          data: i === 0 ? plain : shown,
          metadata: {},
        }],
      })),
    },
  };
  const dir = await Deno.makeTempDir({ prefix: "disclosure-" });
  try {
    await writeSite(join(dir, "site"), [run], { title: "t" });
    const page = await Deno.readTextFile(join(dir, "site", "notebooks", "case_level.html"));
    assert.match(page, /<strong>Disclosure control\.<\/strong> This table was published/);
    assert.ok(
      page.includes(
        '<a href="#cell-1">Referrals by sex</a>: [c] suppressed: a count below 10, or a figure',
      ),
    );
    assert.ok(!page.includes(">Not suppressed</a>"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
