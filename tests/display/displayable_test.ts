import assert from "node:assert/strict";
import { JUPYTER_DISPLAY, toDisplayable } from "../../lib/display/mod.ts";

Deno.test('toDisplayable() answers the kernel\'s Symbol.for("Jupyter.display") with the bundle', () => {
  const bundle = { "text/plain": "hello", "text/html": "<b>hello</b>" };
  const value = toDisplayable(bundle);
  assert.equal(JUPYTER_DISPLAY, Symbol.for("Jupyter.display"));
  const method = (value as unknown as Record<symbol, () => unknown>)[Symbol.for("Jupyter.display")];
  assert.equal(typeof method, "function");
  assert.deepEqual(method.call(value), bundle);
});

Deno.test("toDisplayable() gives copies from toMimeBundle() so callers cannot change it", () => {
  const value = toDisplayable({ "text/plain": "hello" });
  const copy = value.toMimeBundle();
  copy["text/plain"] = "changed";
  assert.equal(value.bundle["text/plain"], "hello");
});

Deno.test("toDisplayable() values print their text/plain under Deno.inspect and console.log", () => {
  const value = toDisplayable({ "text/plain": "a  b\n1  2" });
  assert.equal(Deno.inspect(value), "a  b\n1  2");
});

Deno.test("toDisplayable() refuses a bundle without text/plain", () => {
  assert.throws(
    () => toDisplayable({ "text/html": "<b>x</b>" }),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot make a displayable value: the MIME bundle needs a text/plain string",
  );
});
