import assert from "node:assert/strict";
import { renderMarkdown } from "../../lib/display/mod.ts";
import { PNG } from "../report/_fixtures.ts";

Deno.test("renderMarkdown() renders headings, emphasis, lists, tables and code", () => {
  assert.equal(
    renderMarkdown("## Spend\n\n- *a*\n- `b`\n\n| x |\n|---|\n| 1 |"),
    "<h2>Spend</h2>\n<ul>\n<li><em>a</em></li>\n<li><code>b</code></li>\n</ul>\n" +
      "<table>\n<thead>\n<tr>\n<th>x</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>1</td>\n</tr>\n</tbody></table>\n",
  );
});

Deno.test("renderMarkdown() shows raw HTML blocks and inline tags as text", () => {
  assert.equal(
    renderMarkdown("<script>alert(1)</script>"),
    "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
  );
  assert.equal(
    renderMarkdown(`a <img src=x onerror="alert(1)"> b`),
    "<p>a &lt;img src=x onerror=&quot;alert(1)&quot;&gt; b</p>\n",
  );
  assert.equal(renderMarkdown("x </script> y"), "<p>x &lt;/script&gt; y</p>\n");
});

Deno.test("renderMarkdown() keeps the text of links to javascript: and other schemes, not the link", () => {
  for (
    const source of [
      "[go](javascript:alert(1))",
      "[go](JavaScript:alert(1))",
      "[go](vbscript:msgbox)",
      "[go](data:text/html,<script>alert(1)</script>)",
      "[go][r]\n\n[r]: javascript:alert(1)",
    ]
  ) {
    assert.equal(renderMarkdown(source), '<p><span class="unsafe-link">go</span></p>\n', source);
  }
  assert.equal(
    renderMarkdown("<javascript:alert(1)>"),
    '<p><span class="unsafe-link">javascript:alert(1)</span></p>\n',
  );
});

Deno.test("renderMarkdown() keeps http, https, mailto and relative links, escaping their text", () => {
  assert.equal(
    renderMarkdown('[FOI "0004"](https://example.org/a?b=1&c=2 "The <FOI>")'),
    '<p><a href="https://example.org/a?b=1&amp;c=2" title="The &lt;FOI&gt;">FOI &quot;0004&quot;</a></p>\n',
  );
  assert.equal(renderMarkdown("[m](mailto:a@b.org)"), '<p><a href="mailto:a@b.org">m</a></p>\n');
  assert.equal(renderMarkdown("[t](#table-1)"), '<p><a href="#table-1">t</a></p>\n');
});

Deno.test("renderMarkdown() draws images from attachments and data URLs only", () => {
  const attachments = { "bar.png": { "image/png": PNG } };
  assert.equal(
    renderMarkdown("![bar](attachment:bar.png)", { attachments }),
    `<p><img src="data:image/png;base64,${PNG}" alt="bar"></p>\n`,
  );
  assert.equal(
    renderMarkdown(`![dot](data:image/png;base64,${PNG})`),
    `<p><img src="data:image/png;base64,${PNG}" alt="dot"></p>\n`,
  );
  // A remote image would need the network: it becomes a link. A javascript: one becomes text.
  assert.equal(
    renderMarkdown("![map](https://example.org/map.png)"),
    '<p><a href="https://example.org/map.png">map</a></p>\n',
  );
  assert.equal(
    renderMarkdown('![<b>"x"</b>](javascript:alert(1))'),
    "<p>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>\n",
  );
  // A missing attachment leaves its alt text.
  assert.equal(
    renderMarkdown("![gone](attachment:missing.png)", { attachments }),
    "<p>gone</p>\n",
  );
});
