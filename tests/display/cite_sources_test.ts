import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import { readManifest } from "../../lib/data/mod.ts";
import { citeSources } from "../../lib/display/mod.ts";

const licence = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

Deno.test("citeSources() lists every document of the manifest with its licence linked", async () => {
  const manifest = await readManifest();
  const out = citeSources(manifest);
  const items = out.markdown.trimEnd().split("\n");
  assert.equal(items.length, manifest.length);
  for (const [i, seed] of manifest.entries()) {
    assert.ok(items[i].startsWith("- "), items[i]);
    assert.ok(items[i].includes(seed.reference), items[i]);
    assert.ok(items[i].endsWith(`File: \`seeds/${seed.file}\``), items[i]);
    assert.ok(items[i].includes(`Licence: [Open Government Licence v3.0](${licence})`), items[i]);
  }
  assert.equal(out.bundle["text/markdown"], out.markdown);
});

Deno.test("citeSources() writes an undated document as undated", async () => {
  const framework = (await readManifest()).find((s) =>
    s.file === "llr_opcc_commissioning_framework_2024_25.txt"
  )!;
  assert.match(citeSources([framework]).text, /, Commissioning Framework 2024-25, undated\. /);
});

Deno.test("citeSources() escapes text from the manifest", () => {
  const out = citeSources([{
    file: "x.txt",
    title: "A *bold* claim",
    publisher: "Leicester <City> Council",
    reference: "FOI_1",
    date: "2024-01-01",
    licence: "OGL",
    licence_url: licence,
  }]);
  assert.equal(
    out.markdown,
    `- A \\*bold\\* claim. Leicester \\<City\\> Council, FOI\\_1, 2024-01-01. Licence: [OGL](${licence}). ` +
      "File: `seeds/x.txt`\n",
  );
});

Deno.test("citeSources() refuses no sources, a bad address, a bad file name and a missing field", () => {
  const good = {
    file: "x.txt",
    title: "T",
    publisher: "P",
    reference: "R",
    date: null,
    licence: "OGL",
    licence_url: licence,
  };
  const fails = (sources: unknown, message: string) =>
    assertThrowsWith(() => citeSources(sources as typeof good[]), TypeError, message);
  fails([], "Cannot cite sources: give at least one manifest entry");
  fails(
    [good, { ...good, licence_url: "javascript:alert(1)" }],
    'Cannot cite source 2: licence_url "javascript:alert(1)" is not an http(s) address',
  );
  fails(
    [{ ...good, file: "../x`.txt" }],
    'Cannot cite source 1: file "../x`.txt" is not a plain .txt file name',
  );
  fails([{ ...good, title: "" }], 'Cannot cite source 1: "title" must be non-empty text, got ""');
});

Deno.test("citeSources() carries its list as sanitised HTML, the licence a link", async () => {
  const manifest = await readManifest();
  const html = String(citeSources(manifest).bundle["text/html"]);
  assert.ok(html.startsWith("<ul>\n<li>"), html.slice(0, 40));
  assert.equal(html.split("<li>").length - 1, manifest.length);
  assert.ok(html.includes(`<a href="${licence}">Open Government Licence v3.0</a>`));
  assert.ok(html.includes("<code>seeds/llr_opcc_foi_0004_24_under18_services.txt</code>"));
  assert.ok(!html.includes("<script"));
});
