import assert from "node:assert/strict";
import { chooseMimeType } from "../../lib/report/mod.ts";

const FIGURE = { data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} };

// Each type with everything below it in the order: the first wins every time.
const ORDER: [string, unknown][] = [
  ["application/vnd.plotly.v1+json", FIGURE],
  ["text/html", "<b>1</b>"],
  ["image/png", "iVBORw0KGgo="],
  ["image/jpeg", "/9j/4AAQ"],
  ["image/svg+xml", "<svg></svg>"],
  ["text/markdown", "**1**"],
  ["application/json", { a: 1 }],
  ["text/plain", "1"],
];

Deno.test("chooseMimeType() prefers each renderable type to every one after it", () => {
  for (let i = 0; i < ORDER.length; i++) {
    // Reversed insertion order, so the choice cannot come from the bundle's key order.
    const bundle = Object.fromEntries(ORDER.slice(i).reverse());
    assert.equal(chooseMimeType(bundle), ORDER[i][0]);
  }
});

Deno.test("chooseMimeType() reads text stored as an array of lines", () => {
  assert.equal(chooseMimeType({ "text/html": ["<p>", "1</p>"], "text/plain": "1" }), "text/html");
});

Deno.test("chooseMimeType() passes over a figure without a data array and text that is not text", () => {
  assert.equal(
    chooseMimeType({ "application/vnd.plotly.v1+json": { layout: {} }, "text/plain": "1" }),
    "text/plain",
  );
  assert.equal(chooseMimeType({ "text/html": 42, "text/plain": "42" }), "text/plain");
});

Deno.test("chooseMimeType() returns null when nothing in the bundle can be shown", () => {
  assert.equal(chooseMimeType({}), null);
  assert.equal(
    chooseMimeType({ "application/vnd.jupyter.widget-view+json": { model_id: "1" } }),
    null,
  );
});
