import assert from "node:assert/strict";
import { display, toDisplayable } from "../../lib/display/mod.ts";
import { assertRejectsWith } from "../_assert.ts";

const MODULE = new URL("../../lib/display/mod.ts", import.meta.url).href;

Deno.test("display() outside the kernel prints the text/plain fallback", async () => {
  // A child process, so the printed text can be read back without replacing console.log.
  const code = `import { display, toDisplayable } from "${MODULE}";
const shown = await display(toDisplayable({ "text/plain": "a  b\\n1  2", "text/html": "<b>x</b>" }));
console.log(String(shown));`;
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--quiet", code],
    env: { NO_COLOR: "1" },
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
  assert.equal(new TextDecoder().decode(stdout), "a  b\n1  2\nundefined\n");
});

Deno.test("display() shows a table or an analysis result as it displays itself", async () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79
  const code = `import { display } from "${MODULE}";
import { aq } from "${new URL("../../lib/mod.ts", import.meta.url).href}";
await display(aq.table({ value: [561813], unit: ["GBP"] }));`;
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "--quiet", code],
    env: { NO_COLOR: "1" },
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
  assert.equal(
    new TextDecoder().decode(stdout),
    "   value  unit\n--------  ----\n£561,813  GBP\n1 row × 2 columns\n",
  );
});

Deno.test("display() does not throw where Deno.jupyter is a throwing getter (deno run/test)", async () => {
  // Outside `deno jupyter`, even `typeof Deno.jupyter` throws; display() must not.
  assert.throws(() => typeof (Deno as unknown as { jupyter: unknown }).jupyter);
  assert.equal(await display(toDisplayable({ "text/plain": "" })), undefined);
});

Deno.test("display() refuses a value that is not displayable", async () => {
  await assertRejectsWith(
    display({ "text/plain": "raw bundle" }),
    TypeError,
    "Cannot display value: expected a table or what show(), chart(), md() or toDisplayable() " +
      "returned, got an object",
  );
});
