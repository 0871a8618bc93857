// load() is typed by the dataset's schema: snippets an analyst might write are type-checked with
// `deno check`, and the ones with a misspelt column, a wrong type or a forgotten null must not
// compile, each for the reason given.
import assert from "node:assert/strict";
import { PROJECT_ROOT } from "../../lib/data/mod.ts";
import { typeErrors } from "../_type_errors.ts";

const MOD = `${PROJECT_ROOT}lib/mod.ts`;
const HEAD =
  `import { aq, load } from "${MOD}";\nconst spend = await load("commissioning_spend");\n`;

/** Snippets that compile: rows keep their type through the verbs that keep the rows. */
const COMPILES = `${HEAD}
const kept = spend.filter((d) => d.section === "grants").orderby(aq.desc("value"))
  .params({ year: "2024-25" }).filter((d, $) => d.financial_year === $.year);
const value: number | null = kept.objects()[0].value;
const priority: string | null = kept.object(0).priority;
const values: (number | null)[] = kept.array("value");
const line: number = kept.get("line", 0);
for (const row of kept) console.log(row.provider, row.seed);
const grouped = spend.groupby("priority").rollup({ total: aq.op.sum("value") });
const total: number = grouped.objects()[0].total;
const derived = spend.derive({ half: (d) => d.value / 2 }).objects()[0];
console.log(value, priority, values, line, total, derived.half, derived.project);
`;

/** Snippets that must not compile, each with the error it must give. */
const FAILS: Record<string, [string, RegExp]> = {
  misspelt_filter: [
    `spend.filter((d) => d.measur === "x");`,
    /Property 'measur' does not exist on type '\{ section: "commissioned" \| "grants"/,
  ],
  misspelt_row: [`spend.objects()[0].valu;`, /Property 'valu' does not exist/],
  misspelt_after_verbs: [
    `spend.orderby("value").params({ x: 1 }).groupby("section").object(0).valu;`,
    /Property 'valu' does not exist/,
  ],
  null_not_handled: [
    `spend.object(0).value.toFixed(0);`,
    /TS2531 \[ERROR\]: Object is possibly 'null'/,
  ],
  wrong_column_type: [
    `const section: "grants" = spend.array("section")[0];`,
    /Type '"commissioned" \| "grants"' is not assignable to type '"grants"'/,
  ],
  null_in_column: [
    `const value: number = spend.array("value")[0];`,
    /Type 'number \| null' is not assignable to type 'number'/,
  ],
  unknown_label: [
    `spend.filter((d) => d.section === "grant");`,
    /This comparison appears to be unintentional because the types '"commissioned" \| "grants"' and '"grant"' have no overlap/,
  ],
  unknown_dataset: [
    `await load("commisioning_spend");`,
    /Argument of type '"commisioning_spend"' is not assignable to parameter of type/,
  ],
};

Deno.test("load() rows are typed: the right snippets compile and the wrong ones do not", async () => {
  const dir = await Deno.makeTempDir({ prefix: "typed_rows_" });
  try {
    await Deno.writeTextFile(`${dir}/compiles.ts`, COMPILES);
    for (const [name, [code]] of Object.entries(FAILS)) {
      await Deno.writeTextFile(`${dir}/${name}.ts`, `${HEAD}${code}\n`);
    }
    const files = ["compiles", ...Object.keys(FAILS)].map((name) => `${dir}/${name}.ts`);
    const errors = await typeErrors(files);
    const inFile = (name: string) => errors.filter((e) => e.includes(`${dir}/${name}.ts:`));
    assert.deepEqual(inFile("compiles"), [], "the snippets that should compile");
    for (const [name, [, message]] of Object.entries(FAILS)) {
      const found = inFile(name);
      assert.equal(found.length, 1, `${name}: ${found.join("\n") || "it compiled"}`);
      assert.match(found[0], message, `${name}: ${found[0]}`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
