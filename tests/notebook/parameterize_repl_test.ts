// Checks the claim parameterize() rests on: the Deno REPL, which `deno jupyter` uses to run each
// cell, accepts a later input that redeclares a top-level const or let with the same keyword.
import assert from "node:assert/strict";
import { joinSource, type Notebook, parameterize } from "../../lib/notebook/mod.ts";

async function repl(inputs: string[]): Promise<string> {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["repl"],
    env: { NO_COLOR: "1" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(inputs.join("\n") + "\n"));
  await writer.close();
  const { stdout, stderr } = await child.output();
  return new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
}

function notebook(source: string): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{
      id: "p",
      cell_type: "code",
      metadata: { tags: ["parameters"] },
      source,
      execution_count: null,
      outputs: [],
    }],
  };
}

Deno.test("parameterize() output runs in the Deno REPL and overrides the defaults", async () => {
  // `seen` stands for code in a later cell that closed over the default before the injection ran.
  const source = 'const year = 2023;\nlet region: string = "London";\nconst seen = () => year;';
  const nb = parameterize(notebook(source.split("\n").slice(0, 2).join("\n")), {
    year: "2024",
    region: "North East",
  });
  const output = await repl([
    source,
    joinSource(nb.cells[1].source),
    "console.log(JSON.stringify([year, region, seen()]))",
  ]);
  assert.ok(!output.includes("Uncaught"), output);
  assert.ok(output.includes('[2024,"North East",2024]'), output);
});

Deno.test("the Deno REPL refuses a redeclaration with another keyword, as parameterize() assumes", async () => {
  const output = await repl(["let year = 2023;", "const year = 2024;"]);
  assert.ok(output.includes("Identifier 'year' has already been declared"), output);
});
