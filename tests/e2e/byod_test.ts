// Bringing your own document, end to end, in a copy of the project as a user would: an invented
// PDF reply (Northmoor OPCC, FOI 042/25: tests/byod/_fixtures.ts) goes through `deno task add`,
// a review, `deno task add --accept`, load() and catalog() in a script that type-checks,
// `deno task findings`, `deno task new-notebook`, `deno task nb run` and `deno task reproduce`,
// which then catches a review file edited after it was accepted.
import assert from "node:assert/strict";
import { join } from "node:path";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { formatReview, parseReview } from "../../lib/sources/mod.ts";
import { eastholmDocx, northmoorPdf } from "../byod/_fixtures.ts";
import { copyProject, runCli, withTempDir } from "./_nb_cli.ts";

async function deno(args: string[], cwd: string) {
  const output = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: output.code, stdout: text(output.stdout), stderr: text(output.stderr) };
}

// Uses load() as an analyst would, typed: a misspelt column would not compile.
const SCRIPT = `import { catalog, cite, load } from "./lib/mod.ts";
const data = await load("northmoor");
const values: (number | null)[] = data.array("value");
const labels: string[] = data.array("label");
const stated = await load("northmoor", { stated: true });
const totals = stated.filter((d) => d.role === "total").array("value");
console.log(JSON.stringify({
  values, labels, totals,
  catalog: catalog().map((d) => d.name).slice(-1),
  cite: cite(data.object(0)),
}));
`;

Deno.test("a PDF reply goes from deno task add to a loaded, cited dataset, its findings and a running notebook", async () => {
  await withTempDir("byod-e2e-", async (dir) => {
    await copyProject(dir);
    const pdf = join(dir, "Northmoor FOI 042-25.pdf");
    await Deno.writeFile(pdf, await northmoorPdf());

    const add = await runCli("add.ts", [pdf, "--id", "northmoor", "--date", "2025-05-02"], {
      cwd: dir,
    });
    assert.equal(add.code, 0, add.stdout + add.stderr);
    assert.ok(add.stdout.includes(
      "  7 figures proposed (7 high, 0 medium, 0 low confidence) → seeds/user/northmoor.review.csv\n",
    ));

    // The review: shorter labels, and the referral count on page 2 left out.
    const reviewPath = join(dir, "seeds/user/northmoor.review.csv");
    const rows = parseReview(await Deno.readTextFile(reviewPath), reviewPath).map((r) => ({
      ...r,
      label: r.label.replace("Service: ", ""),
      accept: r.figure === "F7" ? "no" : r.accept,
    }));
    await Deno.writeTextFile(reviewPath, formatReview(rows));

    const accept = await runCli("add.ts", ["--accept", "northmoor"], { cwd: dir });
    assert.equal(accept.code, 0, accept.stdout + accept.stderr);
    assert.equal(
      accept.stdout,
      "Accepted northmoor: 6 rows (2 stated), 1 not accepted → data/northmoor.csv\n" +
        "  finding northmoor-f5: reproduced\n" +
        "  finding northmoor-f6: reproduced\n" +
        'Load it with load("northmoor"); start a notebook with deno task new-notebook NAME ' +
        "--dataset northmoor\n",
    );

    await Deno.writeTextFile(join(dir, "use.ts"), SCRIPT);
    const checked = await deno(["check", "use.ts"], dir);
    assert.equal(checked.code, 0, checked.stderr);
    await Deno.writeTextFile(
      join(dir, "typo.ts"),
      'import { load } from "./lib/mod.ts";\nawait load("northmor");\n',
    );
    const typo = await deno(["check", "typo.ts"], dir);
    assert.notEqual(typo.code, 0);
    assert.match(typo.stderr, /Argument of type '"northmor"' is not assignable/);
    const used = await deno(["run", "-A", "use.ts"], dir);
    assert.equal(used.code, 0, used.stderr);
    // Page 1 of the reply: 120,500 and 131,200 (line 5), 48,000 and 50,100 (line 6).
    assert.deepEqual(JSON.parse(used.stdout), {
      values: [120500, 131200, 48000, 50100],
      labels: ["Harbour Refuge", "Harbour Refuge", "Northmoor Helpline", "Northmoor Helpline"],
      totals: [168500, 181300],
      catalog: ["northmoor"],
      cite: "FOI 042/25, page 1, line 5",
    });

    const findings = await runCli("findings.ts", [], { cwd: dir });
    assert.equal(findings.code, 0, findings.stdout + findings.stderr);
    assert.match(findings.stdout, /\n {2}reproduced +northmoor-f5 +7 +£168,500 +£168,500/);
    assert.match(findings.stdout, /\n {2}discrepancy +framework-csp-spend +81 /);

    const made = await runCli("new_notebook.ts", ["northmoor_funding", "--dataset", "northmoor"], {
      cwd: dir,
    });
    assert.equal(made.code, 0, made.stdout + made.stderr);
    assert.ok(made.stdout.includes("(analyses: yoy, budget-shares)"), made.stdout);
    const ran = await runCli(
      "nb.ts",
      ["run", "notebooks/northmoor_funding.ipynb", "--out", join(dir, "ran")],
      { cwd: dir },
    );
    assert.equal(ran.code, 0, ran.stdout + ran.stderr);
    const executed = await readNotebook(join(dir, "ran/northmoor_funding.ipynb"));
    const text = JSON.stringify(
      executed.cells.flatMap((c) => c.cell_type === "code" ? c.outputs : []),
    );
    assert.ok(!text.includes('"output_type":"error"'), text.slice(0, 2000));
    // Harbour Refuge: £120,500 to £131,200, +£10,700 (+8.9%).
    assert.ok(text.includes("+£10,700"), text.slice(0, 2000));
    assert.ok(text.includes("FOI 042/25, page 1, line 5"));

    const empty = join(dir, "no-notebooks");
    await Deno.mkdir(empty);
    const good = await runCli("reproduce.ts", ["--notebooks", empty], { cwd: dir });
    assert.equal(good.code, 0, good.stdout + good.stderr);
    assert.ok(
      good.stdout.includes(
        `Your documents (${join(dir, "seeds/user")}, added with deno task add)\n` +
          "  ok   northmoor                     6 rows\n",
      ),
      good.stdout,
    );

    // An edit after acceptance is caught, and nothing is computed from the datasets.
    await Deno.writeTextFile(
      reviewPath,
      (await Deno.readTextFile(reviewPath)).replace("131200", "131000"),
    );
    const bad = await runCli("reproduce.ts", ["--notebooks", empty], { cwd: dir });
    assert.equal(bad.code, 1);
    assert.match(
      bad.stdout,
      / {2}FAIL northmoor .*\n .*northmoor\.review\.csv has changed since it was accepted/,
    );
    assert.ok(bad.stdout.includes("  skipped: the datasets failed their checks\n"));
  });
});

Deno.test("a Word reply goes through deno task add and --accept to a dataset with its discrepancy found", async () => {
  await withTempDir("byod-e2e-docx-", async (dir) => {
    await copyProject(dir);
    const docx = join(dir, "eastholm.docx");
    await Deno.writeFile(docx, await eastholmDocx());
    const add = await runCli("add.ts", [docx, "--publisher", "Eastholm Borough Council"], {
      cwd: dir,
    });
    assert.equal(add.code, 0, add.stdout + add.stderr);
    const accept = await runCli("add.ts", ["--accept", "eastholm"], { cwd: dir });
    assert.equal(accept.code, 0, accept.stdout + accept.stderr);
    // 31 + 47 + 6 = 84 children against the 81 stated.
    assert.ok(accept.stdout.includes("  finding eastholm-f4: discrepancy\n"), accept.stdout);
    const again = await runCli("add.ts", [docx], { cwd: dir });
    assert.equal(again.code, 1);
    assert.equal(
      again.stderr,
      `Cannot add "${docx}": the id "eastholm" is already used by seeds/user/eastholm.docx ` +
        "(choose another with --id)\n",
    );
  });
});

Deno.test("deno task add and new-notebook answer bad arguments with the usage and exit 2", async () => {
  const [none, both, noDataset, help] = await Promise.all([
    runCli("add.ts", []),
    runCli("add.ts", ["reply.pdf", "--accept", "northmoor"]),
    runCli("new_notebook.ts", ["northmoor_funding"]),
    runCli("add.ts", ["--help"]),
  ]);
  assert.equal(none.code, 2);
  assert.ok(
    none.stderr.startsWith("Cannot add: give one FILE, got 0\n\nUsage: deno task add FILE"),
  );
  assert.equal(both.code, 2);
  assert.ok(both.stderr.startsWith("Cannot accept: give --accept ID alone\n\nUsage:"));
  assert.equal(noDataset.code, 2);
  assert.ok(noDataset.stderr.startsWith(
    "Cannot write a notebook: give the dataset with --dataset ID\n\nUsage: deno task new-notebook",
  ));
  assert.equal(help.code, 0);
  assert.ok(help.stdout.includes("deno task add --accept ID"));
});
