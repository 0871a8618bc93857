// The report site in a real browser: headless Debian Chromium driven by playwright-core opens
// every page over HTTP and checks that it loads, that every Plotly chart drew, that nothing went
// to the console as an error, that no request left the site, and that no payload ran.
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { FINDING_STATUSES, runFindings } from "../../lib/findings/mod.ts";
import { readManifest, readSeeds } from "../../lib/mod.ts";
import { readNotebook } from "../../lib/notebook/mod.ts";
import { writeSite } from "../../lib/report/mod.ts";
import { requireTool } from "../_tools.ts";
import { CHROMIUM_TOOL, hasChromium, launchChromium } from "../_chromium.ts";
import { FINDINGS, fixtureRuns } from "../report/_fixtures.ts";

const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  txt: "text/plain; charset=utf-8",
};

function serve(root: string): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    if (path.split("/").includes("..")) return new Response("Bad path", { status: 400 });
    try {
      const body = await Deno.readFile(join(root, path));
      const type = CONTENT_TYPES[path.split(".").pop() ?? ""] ?? "application/octet-stream";
      return new Response(body, { headers: { "content-type": type } });
    } catch {
      return new Response("Not found", { status: 404 });
    }
  });
}

interface Trouble {
  problems: string[];
  dialogs: string[];
}

// Records everything that must not happen on a page: console errors, uncaught errors, dialogs,
// failed or refused requests, and requests to anywhere but the site.
function watch(page: Page, origin: string): Trouble {
  const trouble: Trouble = { problems: [], dialogs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") trouble.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => trouble.problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    trouble.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("requestfailed", (request) => trouble.problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) {
      trouble.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|about):/.test(url)) {
      trouble.problems.push(`request outside the site: ${url}`);
    }
  });
  return trouble;
}

// What Chromium logs when the sandbox of an HTML output's frame refuses to run a script: on the
// payloads page it is the proof the payload was stopped, anywhere else a problem.
const BLOCKED = "console error: Blocked script execution in 'about:srcdoc' because the " +
  "document's frame is sandboxed and the 'allow-scripts' permission is not set.";

async function checkPage(
  browser: Browser,
  url: string,
  origin: string,
  expected: { figures: number; blocked: number },
) {
  const { figures } = expected;
  const page = await browser.newPage();
  try {
    const trouble = watch(page, origin);
    const response = await page.goto(url, { waitUntil: "load" });
    assert.equal(response?.status(), 200, `${url} did not load`);
    if (figures > 0) {
      await page.waitForFunction(
        `document.querySelectorAll(".plotly-figure .main-svg").length >= ${figures}`,
        undefined,
        { timeout: 30_000 },
      );
      const perFigure = await page.$$eval(
        ".plotly-figure",
        (els) => els.map((el) => el.querySelectorAll(".main-svg").length),
      );
      assert.equal(perFigure.length, figures, `${url}: figure containers`);
      assert.ok(perFigure.every((n) => n >= 1), `${url}: every figure drew (${perFigure})`);
    }
    // Give anything a payload could have scheduled a moment to run.
    await page.waitForTimeout(200);
    for (const frame of page.frames()) {
      const pwned = await frame.evaluate(() => (globalThis as { __pwned?: number }).__pwned);
      assert.equal(pwned, undefined, `${frame.url()} in ${url} ran a payload`);
    }
    assert.deepEqual(trouble.dialogs, [], `${url} opened a dialog`);
    const blocked = trouble.problems.filter((problem) => problem === BLOCKED);
    assert.deepEqual(trouble.problems.filter((problem) => problem !== BLOCKED), [], url);
    assert.equal(blocked.length, expected.blocked, `${url}: scripts the sandbox refused`);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

Deno.test({
  name: "the report site loads in Chromium with every chart drawn, no errors and no payload run",
  ...requireTool(CHROMIUM_TOOL, hasChromium),
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "site-browser-" });
    let server: Deno.HttpServer<Deno.NetAddr> | undefined;
    let browser: Browser | undefined;
    try {
      const site = await writeSite(join(dir, "site"), fixtureRuns(), {
        title: "Report test",
        findings: FINDINGS,
        sources: await readManifest(),
        sourceTexts: await readSeeds(),
      });
      server = serve(dir);
      const origin = `http://127.0.0.1:${server.addr.port}`;
      browser = await launchChromium();
      let drawn = 0;
      for (const file of site.files.filter((f) => f.endsWith(".html"))) {
        const html = await Deno.readTextFile(join(dir, "site", file));
        const figures = html.match(/class="plotly-figure"/g)?.length ?? 0;
        // HTML_PAYLOAD holds two <script> elements and one onerror handler.
        const blocked = file === "notebooks/payloads.html" ? 3 : 0;
        const page = await checkPage(browser, `${origin}/site/${file}`, origin, {
          figures,
          blocked,
        });
        if (file === "notebooks/payloads.html") await checkPayloadsShownAsText(page);
        if (file === "notebooks/tables.html") await checkHtmlOutputStyled(page);
        await page.close();
        drawn += figures;
      }
      // charts.ipynb has two figures and payloads.ipynb one.
      assert.equal(drawn, 3);
    } finally {
      await browser?.close();
      await server?.shutdown();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "the report site of the seven committed notebooks draws every chart with no errors",
  ...requireTool(CHROMIUM_TOOL, hasChromium),
  fn: async () => {
    const notebooks = new URL("../../notebooks/", import.meta.url).pathname;
    const names = [...Deno.readDirSync(notebooks)].map((e) => e.name)
      .filter((n) => n.endsWith(".ipynb")).sort();
    assert.equal(names.length, 7);
    // The committed notebooks hold their outputs: the site can be built without a kernel.
    const runs = await Promise.all(names.map(async (name) => ({
      name,
      path: `notebooks/${name}`,
      notebook: await readNotebook(`${notebooks}${name}`),
      status: "ok" as const,
      durationMs: 0,
    })));
    const findings = await runFindings();
    const counts = Object.fromEntries(
      FINDING_STATUSES.map((
        status,
      ) => [status, findings.filter((f) => f.status === status).length]),
    );
    const dir = await Deno.makeTempDir({ prefix: "site-notebooks-" });
    let server: Deno.HttpServer<Deno.NetAddr> | undefined;
    let browser: Browser | undefined;
    try {
      const site = await writeSite(join(dir, "site"), runs, {
        title: "Notebooks",
        findings: { counts, items: findings },
        sources: await readManifest(),
        sourceTexts: await readSeeds(),
      });
      server = serve(dir);
      const origin = `http://127.0.0.1:${server.addr.port}`;
      browser = await launchChromium();
      const index = await Deno.readTextFile(join(dir, "site", "index.html"));
      for (const name of names) assert.ok(index.includes(name.replace(".ipynb", "")), name);
      let drawn = 0;
      for (const file of site.files.filter((f) => f.startsWith("notebooks/"))) {
        const html = await Deno.readTextFile(join(dir, "site", file));
        const figures = html.match(/class="plotly-figure"/g)?.length ?? 0;
        assert.ok(figures >= 1, `${file} has a chart`);
        const page = await checkPage(browser, `${origin}/site/${file}`, origin, {
          figures,
          blocked: 0,
        });
        await page.close();
        drawn += figures;
      }
      assert.ok(drawn >= 6);
      const indexPage = await checkPage(browser, `${origin}/site/index.html`, origin, {
        figures: 0,
        blocked: 0,
      });
      await indexPage.close();
    } finally {
      await browser?.close();
      await server?.shutdown();
      await Deno.remove(dir, { recursive: true });
    }
  },
});

// The payloads are on the page as text a reader can see, not dropped and not run.
async function checkPayloadsShownAsText(page: Page): Promise<void> {
  const text = await page.locator("main").innerText();
  assert.ok(text.includes("<script>window.__pwned=1;alert(1)</script>"), "payload shown as text");
  // No element, Plotly's SVG included, carries a javascript: URL in any attribute.
  const scripted = await page.evaluate(
    `[...document.querySelectorAll("*")].filter((el) =>
      [...el.attributes].some((a) => /^\\s*javascript:/i.test(a.value))).length`,
  );
  assert.equal(scripted, 0);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame !== undefined, "the HTML output has a frame");
  assert.equal(await frame.locator("#bad-img").count(), 1, "the HTML output was rendered");
}

// HTML outputs sit in sandboxed frames that still get the site's stylesheet.
async function checkHtmlOutputStyled(page: Page): Promise<void> {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame !== undefined, "the table has a frame");
  assert.equal(await frame.locator("table tbody tr").count(), 2);
  const margin = await frame.evaluate("getComputedStyle(document.body).marginLeft");
  assert.equal(margin, "8px", "site.css applies inside the frame (body.frame)");
}
