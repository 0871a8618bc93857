// No text from a notebook, its outputs or the findings can become markup or script on the site:
// the payloads of the fixtures are in markdown, code, stream text, text/plain, text/html,
// text/markdown, JSON, a Plotly figure, an error's name, message and traceback, a run's error
// message and a finding's claim and note.
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeSite } from "../../lib/report/mod.ts";
import { FINDINGS, fixtureRuns, HTML_PAYLOAD, PAYLOAD } from "./_fixtures.ts";

async function writePages(): Promise<Map<string, string>> {
  const dir = await Deno.makeTempDir({ prefix: "site-safety-" });
  try {
    const site = await writeSite(join(dir, "site"), fixtureRuns(), { findings: FINDINGS });
    const pages = new Map<string, string>();
    for (const file of site.files.filter((f) => f.endsWith(".html"))) {
      pages.set(file, await Deno.readTextFile(join(dir, "site", file)));
    }
    return pages;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const pages = await writePages();
const ESCAPED = PAYLOAD.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
  .replaceAll('"', "&quot;");

// The tags of a page; srcdoc values are left out (they are checked on their own: being an
// escaped attribute value, they hold no tags of the page).
function tags(html: string): { name: string; attributes: string }[] {
  const outside = html.replace(/ srcdoc="[^"]*"/g, ' srcdoc=""');
  return [...outside.matchAll(/<([a-zA-Z][^\s>/]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: m[2],
  }));
}

Deno.test("writeSite() shows every payload as escaped text where it appears", () => {
  const payloads = pages.get("notebooks/payloads.html")!;
  // Markdown, code, stdout, text/plain, text/markdown, error name, message and traceback.
  assert.equal(payloads.split(ESCAPED).length - 1, 8);
  const index = pages.get("index.html")!;
  // The failed run's message, a finding's note and a finding's claim.
  assert.equal(index.split(ESCAPED).length - 1, 3);
});

Deno.test("writeSite() puts no script on a page but the site's own files and JSON data blocks", () => {
  for (const [file, html] of pages) {
    for (const { name, attributes } of tags(html).filter((t) => t.name === "script")) {
      assert.match(
        attributes,
        /^ (src="\.\.\/assets\/(plotly|site)\.js" defer|type="application\/json" class="plotly-data" data-figure="fig-\d+")$/,
        `${file}: <${name}${attributes}>`,
      );
    }
  }
});

Deno.test("writeSite() writes no event handler and no javascript: URL into any tag", () => {
  for (const [file, html] of pages) {
    for (const { name, attributes } of tags(html)) {
      assert.doesNotMatch(attributes, /\son[a-z]+\s*=/i, `${file}: <${name}${attributes}>`);
      assert.doesNotMatch(
        attributes,
        /(href|src)="\s*javascript:/i,
        `${file}: <${name}${attributes}>`,
      );
    }
  }
});

Deno.test("writeSite() puts HTML outputs in frames sandboxed without scripts", () => {
  const payloads = pages.get("notebooks/payloads.html")!;
  const frames = tags(payloads).filter((t) => t.name === "iframe");
  assert.equal(frames.length, 1);
  assert.match(
    frames[0].attributes,
    /^ class="html-output" sandbox="" title="HTML output" height="\d+" srcdoc=""$/,
  );
  // The frame's document is the output, whole, inside the escaped attribute.
  const srcdoc = /srcdoc="([^"]*)"/.exec(payloads)![1]
    .replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  assert.ok(srcdoc.endsWith(`<body>${HTML_PAYLOAD}</body></html>`));
});

Deno.test("writeSite() embeds Plotly figures as JSON that no </script> can end", () => {
  const payloads = pages.get("notebooks/payloads.html")!;
  const block =
    /<script type="application\/json" class="plotly-data" data-figure="fig-1">(.*?)<\/script>/s
      .exec(payloads)![1];
  assert.doesNotMatch(block, /[<>&]/);
  const figure = JSON.parse(block);
  assert.equal(figure.layout.title.text, PAYLOAD);
  assert.deepEqual(figure.data[0].x, [PAYLOAD]);
});

Deno.test("writeSite() sets a Content-Security-Policy allowing only the site's own scripts", () => {
  for (const [file, html] of pages) {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(csp !== null, file);
    assert.ok(csp[1].includes("script-src 'self';"), file);
    assert.ok(csp[1].includes("object-src 'none'"), file);
    // The policy comes before anything it governs.
    assert.ok(html.indexOf(csp[0]) < html.indexOf("<link"), file);
  }
});
