import assert from "node:assert/strict";
import { count, gbp, JUPYTER_DISPLAY, md, pct } from "../../lib/display/mod.ts";

Deno.test("md() writes a sentence from computed figures as text/markdown and text/plain", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt lines 79-80: £561,813 → £572,798
  const change = 572798 - 561813; // 10,985
  const out = md`Funding rose by ${gbp(change)} (${pct((change / 561813) * 100, 1)}).`;
  assert.equal(out.markdown, "Funding rose by £10,985 (2.0%).");
  assert.deepEqual(out[JUPYTER_DISPLAY](), {
    "text/markdown": "Funding rose by £10,985 (2.0%).",
    "text/plain": "Funding rose by £10,985 (2.0%).",
    "text/html": "<p>Funding rose by £10,985 (2.0%).</p>\n",
  });
});

Deno.test("md() carries its Markdown as sanitised HTML too, for untrusted notebooks", () => {
  // seeds/llr_opcc_foi_0004_24_under18_services.txt line 79
  const out = md`**${"Victim First"}** had ${gbp(561813)} and ${count(1351)} referrals.`;
  assert.equal(
    out.bundle["text/html"],
    "<p><strong>Victim First</strong> had £561,813 and 1,351 referrals.</p>\n",
  );
});

Deno.test("md() lets no HTML through to its text/html, from the data or from the template", () => {
  const data = md`${'<img src=x onerror="alert(1)"> & <script>alert(2)</script>'}`;
  assert.equal(
    data.bundle["text/html"],
    "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;</p>\n",
  );
  const template = md`<script>alert(3)</script>

<b>bold</b> [go](javascript:alert(4))`;
  const html = String(template.bundle["text/html"]);
  assert.ok(!/<(script|b|img)\b/i.test(html), html);
  assert.ok(html.includes("&lt;script&gt;alert(3)&lt;/script&gt;"), html);
  assert.ok(html.includes('<span class="unsafe-link">go</span>'), html);
  assert.ok(!html.includes("javascript:"), html);
});

Deno.test("md() escapes Markdown and HTML in text from data but not in text/plain", () => {
  const name = "Children & Young People_s *Family* <Service> [1] `x` $5 #2 | ~ \\";
  const out = md`Service: ${name}.`;
  assert.equal(
    out.markdown,
    "Service: Children \\& Young People\\_s \\*Family\\* \\<Service\\> \\[1\\] \\`x\\` \\$5 \\#2 " +
      "\\| \\~ \\\\.",
  );
  assert.equal(out.text, `Service: ${name}.`);
});

Deno.test("md() keeps text from data on one line, so it cannot start a new block", () => {
  const out = md`Note: ${"first line\n\n# not a heading\n- not a list"}`;
  assert.equal(out.markdown, "Note: first line \\# not a heading - not a list");
});

Deno.test("md() escapes list and heading markers only where the text begins a line", () => {
  assert.equal(md`${"- minus"}`.markdown, "\\- minus");
  assert.equal(md`${"1. first"}`.markdown, "1\\. first");
  assert.equal(md`a\n${"+ plus"}`.markdown, "a\n\\+ plus");
  assert.equal(md`a ${"- b"} ${"1. c"}`.markdown, "a - b 1. c");
});

Deno.test("md() inserts Markdown from md() and the number helpers as it is", () => {
  const bold = md`**${"Victim First"}**`;
  assert.equal(
    md`${bold} had ${count(1351)} referrals`.markdown,
    "**Victim First** had 1,351 referrals",
  );
  assert.equal(md`${bold}`.text, "**Victim First**");
});

Deno.test("md() joins a list of values, one list item each", () => {
  // seeds/llr_opcc_foi_0017_24_asb_support.txt lines 43-44
  const rows = [["2024-25", 500000], ["2025-26", 510862]] as const;
  const out = md`${rows.map(([year, value]) => md`- ${year}: ${gbp(value)}\n`)}`;
  assert.equal(out.markdown, "- 2024-25: £500,000\n- 2025-26: £510,862\n");
  assert.equal(md`${["a", md`*b*`, ["c"]]}`.markdown, "a*b*c");
});

Deno.test("md() refuses a bare number and says which helper to use", () => {
  assert.throws(
    () => md`Funding was ${561813 as unknown as string} in ${"2021-22"}`,
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot write Markdown: ${…} number 1 is the number 561813; write it with gbp(), " +
          "count(), pct() or num() to say what it is",
  );
});

Deno.test("md() refuses null and undefined, asking for words about the missing value", () => {
  for (const value of [null, undefined]) {
    assert.throws(
      () => md`a ${"b"} ${value as unknown as string}`,
      (error: unknown) =>
        error instanceof TypeError &&
        error.message ===
          `Cannot write Markdown: \${…} number 2 is ${value}, not text or Markdown; ` +
            "say in words why the value is missing",
    );
  }
  assert.throws(
    () => md`${[md`x`, { markdown: "*" } as unknown as string]}`,
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        "Cannot write Markdown: ${…} number 1, item 2 is an object, not text or Markdown",
  );
});
