import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { OUT_DIR } from "../../lib/io/paths.ts";
import { reproduceFindings } from "../../lib/findings/mod.ts";

const CLI = fileURLToPath(new URL("../../lib/cli/findings.ts", import.meta.url));

Deno.test("deno task findings prints the table and counts, writes out/, and exits 0", async () => {
  const { code, stdout } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CLI],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stdout);
  const expected = await reproduceFindings({ outDir: null });
  assert.equal(code, 0, text);
  assert.ok(text.endsWith(`${expected.summary}\n`), text.slice(-300));
  // llr_opcc_commissioning_framework_2024_25.txt line 81: £639,675 stated, rows add to £639,676.
  assert.match(text, /discrepancy\s+framework-csp-spend\s+81\s+£639,675\s+£639,676\s+\+£1/);
  const written = JSON.parse(await Deno.readTextFile(`${OUT_DIR}findings.json`));
  assert.deepEqual(written, JSON.parse(JSON.stringify(expected.findings)));
  assert.match(await Deno.readTextFile(`${OUT_DIR}findings.md`), /^# Findings\n/);
});
