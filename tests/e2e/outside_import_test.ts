// The toolkit is one import away from anywhere: a script or a notebook in a folder outside the
// clone, with no deno.json of its own, imports lib/mod.ts by its path (or file: URL) and the
// toolkit's own npm packages resolve through their pinned npm: specifiers (lib/deps.ts), as the
// README's analyst section says.
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { nb, ROOT, withTempDir } from "./_nb_cli.ts";

const MOD = join(ROOT, "lib", "mod.ts");

Deno.test("a script in a folder outside the clone imports lib/mod.ts by path and by file: URL", async () => {
  await withTempDir("outside-script-", async (dir) => {
    assert.ok(!dir.startsWith(ROOT), "the folder is outside the clone");
    const script = join(dir, "explore.ts");
    await Deno.writeTextFile(
      script,
      `import { load, yoyChange } from ${JSON.stringify(MOD)};
import { cite } from ${JSON.stringify(pathToFileURL(MOD).href)};
const funding = (await load("victim_first_under18")).filter((d) => d.measure === "funding");
const change = yoyChange(funding).filter((d) => d.change !== null).object(0);
console.log(JSON.stringify({ change: change.change, cite: cite(funding.object(0)) }));
`,
    );
    const run = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--no-lock", script],
      cwd: dir,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(run.stderr);
    assert.equal(run.code, 0, stderr);
    // FOI 0004-24 line 79-80: Victim First's funding, £561,813 in 2021-22, £572,798 in 2022-23.
    assert.deepEqual(JSON.parse(new TextDecoder().decode(run.stdout)), {
      change: 572798 - 561813,
      cite: "FOI 0004-24, line 79",
    });
  });
});

Deno.test("a notebook in a folder outside the clone runs on the Deno kernel, importing the toolkit by path", async () => {
  await withTempDir("outside-notebook-", async (dir) => {
    const notebook = join(dir, "explore.ipynb");
    const cell = (id: string, source: string) => ({
      cell_type: "code",
      execution_count: null,
      id,
      metadata: {},
      outputs: [],
      source,
    });
    await Deno.writeTextFile(
      notebook,
      JSON.stringify({
        cells: [
          cell(
            "load",
            `import { load } from ${JSON.stringify(MOD)};\n` +
              `const spend = await load("commissioning_spend");`,
          ),
          cell("show", 'spend.groupby("section").count()'),
        ],
        metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
    );
    const run = await nb("run", notebook, "--out", join(dir, "out"));
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const executed = JSON.parse(await Deno.readTextFile(join(dir, "out", "explore.ipynb")));
    const [result] = executed.cells[1].outputs;
    assert.equal(result.output_type, "execute_result");
    const html = [result.data["text/html"]].flat().join("");
    // Table 1 of the framework: 47 commissioned and 17 grant rows (lines 153-200, 203-220).
    assert.match(html, /commissioned<\/td><td class="n">47<\/td>/);
    assert.match(html, /grants<\/td><td class="n">17<\/td>/);
  });
});
