import assert from "node:assert/strict";
import { valueFormat } from "../../lib/charts/mod.ts";

Deno.test("valueFormat() writes pounds as £ with thousands separators and no pence", () => {
  assert.deepEqual(valueFormat("gbp"), {
    axis: { tickprefix: "£", ticksuffix: "", tickformat: ",.0f" },
    hover: "£%{y:,.0f}",
  });
});

Deno.test("valueFormat() adds a % sign without scaling, as percentages are stored as 27 for 27%", () => {
  assert.deepEqual(valueFormat("percent"), {
    axis: { tickprefix: "", ticksuffix: "%", tickformat: ",.1~f" },
    hover: "%{y:,.1~f}%",
  });
});

Deno.test("valueFormat() uses the template variable it is given", () => {
  assert.equal(valueFormat("count", { variable: "value" }).hover, "%{value:,.0f}");
  assert.equal(valueFormat("number").hover, "%{y:,}");
});

Deno.test("valueFormat() rejects an unknown format", () => {
  assert.throws(
    () => valueFormat("pounds" as "gbp"),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot format chart values: format "pounds" is not one of "gbp", "count", "percent", "number"',
  );
});
