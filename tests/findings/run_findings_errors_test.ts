import assert from "node:assert/strict";
import { type FindingDefinition, findingDefinitions, runFindings } from "../../lib/findings/mod.ts";
import { assertRejectsWith } from "../_assert.ts";
import { copySeeds } from "../_seeds.ts";

const csp = findingDefinitions().find((d) => d.id === "framework-csp-spend")!;

Deno.test("runFindings() runs only the definitions it is given", async () => {
  const findings = await runFindings({ definitions: [csp] });
  assert.deepEqual(findings.map((f) => f.id), ["framework-csp-spend"]);
});

Deno.test("runFindings() rejects two definitions with one id", async () => {
  await assertRejectsWith(
    runFindings({ definitions: [csp, csp] }),
    RangeError,
    'Cannot run findings: the id "framework-csp-spend" is used twice',
  );
});

Deno.test("runFindings() refuses a dataset the definition did not declare", async () => {
  const sneaky: FindingDefinition = { ...csp, id: "sneaky", datasets: ["commissioning_figures"] };
  await assertRejectsWith(
    runFindings({ definitions: [sneaky] }),
    RangeError,
    'Cannot check finding "sneaky": Cannot read dataset "commissioning_spend" in finding ' +
      '"sneaky": it is not in its datasets',
  );
});

Deno.test("runFindings() names the finding whose definition no longer matches the data", async () => {
  const stale: FindingDefinition = {
    id: "stale",
    claim: "A definition looking for a row that is not there",
    expected: "reproduced",
    datasets: ["victim_first_contract"],
    check(inputs) {
      const rows = inputs.rows("victim_first_contract").filter((r) =>
        r.financial_year === "2030-31"
      );
      if (rows.length !== 1) {
        throw new RangeError(`Cannot find "2030-31": ${rows.length} rows match`);
      }
      return {
        source: rows[0],
        stated: rows[0].value,
        computed: 0,
        unit: "GBP",
        precision: "exact",
        note: "",
      };
    },
  };
  await assertRejectsWith(
    runFindings({ definitions: [stale] }),
    RangeError,
    'Cannot check finding "stale": Cannot find "2030-31": 0 rows match',
  );
});

Deno.test("runFindings() reads its data from the folders it is given", async () => {
  await assertRejectsWith(
    runFindings({ definitions: [csp], dataDir: "/nonexistent-findings-dir" }),
    Deno.errors.NotFound,
    'Cannot load dataset "commissioning_figures": no file at ' +
      "/nonexistent-findings-dir/commissioning_figures.csv (run `deno task extract`)",
  );
});

Deno.test("runFindings() names the seed whose words a definition no longer finds", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await copySeeds(dir);
    // llr_opcc_foi_0017_24_asb_support.txt line 38: "is for a period of 3 years with the option…"
    const file = "llr_opcc_foi_0017_24_asb_support.txt";
    const text = await Deno.readTextFile(`${dir}/${file}`);
    await Deno.writeTextFile(
      `${dir}/${file}`,
      text.replace("period of 3 years", "term of 3 years"),
    );
    const initialYears = findingDefinitions()
      .filter((d) => d.id === "foi-0017-24-victim-first-initial-years");
    await assertRejectsWith(
      runFindings({ definitions: initialYears, seedsDir: dir }),
      SyntaxError,
      'Cannot check finding "foi-0017-24-victim-first-initial-years": Cannot find "period of ' +
        "(\\w+) years with the option to be extended for a further (\\w+) periods of up to " +
        `(\\w+) months" in seed "${file}"`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
