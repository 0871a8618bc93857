import assert from "node:assert/strict";
import { valueFormat } from "../../lib/charts/mod.ts";
import { assertThrowsWith } from "../_assert.ts";

Deno.test("valueFormat() writes pounds as £ with thousands separators and no pence", () => {
  assert.deepEqual(valueFormat("gbp"), {
    axis: { tickprefix: "£", ticksuffix: "", tickformat: ",.0f" },
    hover: "£%{y:,.0f}",
  });
});

Deno.test("valueFormat() adds a % sign without scaling, as percentages are stored as 27 for 27%", () => {
  // Hover keeps the one fixed decimal of formatValue(): 1.955…% is 2.0%, as tables write it.
  assert.deepEqual(valueFormat("percent"), {
    axis: { tickprefix: "", ticksuffix: "%", tickformat: ",.1~f" },
    hover: "%{y:,.1f}%",
  });
});

Deno.test("valueFormat() writes percentage points with a pp suffix", () => {
  assert.deepEqual(valueFormat("points", { variable: "x" }), {
    axis: { tickprefix: "", ticksuffix: " pp", tickformat: ",.1~f" },
    hover: "%{x:,.1f} pp",
  });
});

Deno.test("valueFormat() uses the template variable it is given", () => {
  assert.equal(valueFormat("count", { variable: "value" }).hover, "%{value:,.0f}");
  assert.equal(valueFormat("number").hover, "%{y:,}");
});

Deno.test("valueFormat() rejects an unknown format", () => {
  assertThrowsWith(
    () => valueFormat("pounds" as "gbp"),
    RangeError,
    'Cannot format chart values: format must be "gbp", "count", "percent", "points" or ' +
      '"number", got "pounds"',
  );
});
