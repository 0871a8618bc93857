import assert from "node:assert/strict";
import { commandSucceeds, requireTool } from "./_tools.ts";

function withCi<T>(value: string | undefined, fn: () => T): T {
  const saved = Deno.env.get("CI");
  if (value === undefined) Deno.env.delete("CI");
  else Deno.env.set("CI", value);
  try {
    return fn();
  } finally {
    if (saved === undefined) Deno.env.delete("CI");
    else Deno.env.set("CI", saved);
  }
}

Deno.test("commandSucceeds() tells a zero exit from a failure and from a missing program", () => {
  assert.equal(commandSucceeds(Deno.execPath(), ["eval", "Deno.exit(0)"]), true);
  assert.equal(commandSucceeds(Deno.execPath(), ["eval", "Deno.exit(3)"]), false);
  assert.equal(commandSucceeds("/no/such/program", []), false);
});

Deno.test("requireTool() runs tests when the tool is present, even under CI", () => {
  assert.deepEqual(withCi("true", () => requireTool("deno", true)), { ignore: false });
});

Deno.test("requireTool() skips tests for a missing tool outside CI", () => {
  assert.deepEqual(withCi(undefined, () => requireTool("a missing tool", false)), { ignore: true });
  assert.deepEqual(withCi("false", () => requireTool("a missing tool", false)), { ignore: true });
});

Deno.test("requireTool() fails for a missing tool when CI=true", () => {
  assert.throws(() => withCi("true", () => requireTool("python3-nbformat", false)), {
    name: "Error",
    message:
      "Cannot run tests that need python3-nbformat: it is missing, and CI=true forbids skipping",
  });
});
