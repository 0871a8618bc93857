// `deno task bench:ingest`: how long ingest() takes on the inputs issue 17 (item 2) found to take
// quadratic time, at 50,000 characters each (target: under 2 s), as the issue wrote them, and on
// 20 MB of FOI responses (target: under 20 s). Reading is linear in the text's length; texts
// above MAX_INGEST_CHARACTERS are refused (tests/ingest/hostile_test.ts checks what is read).
import { ingest } from "../../lib/ingest/mod.ts";
import { proseCases, repeatTo, tables, tablesOfSize } from "./_hostile.ts";

const SIZE = 50_000;
const SEEDS = new URL("../../seeds/", import.meta.url).pathname;

for (const [name, text] of Object.entries({ ...proseCases(SIZE), ...tablesOfSize(SIZE) })) {
  Deno.bench({
    name: `${name}, ${text.length.toLocaleString("en-GB")} characters`,
    group: "50,000 characters each (target: under 2 s)",
    n: 3,
    warmup: 1,
    fn: () => void ingest(text),
  });
}

const asWritten: Record<string, string> = {
  "20,000 no-break spaces then £5": "\u00a0".repeat(20_000) + "£5",
  "one line of 5 MB": repeatTo(
    "Victim First received £5,000 for 12 referrals in 2023/24 and more text here; ",
    5_000_000,
  ),
  "'1 ' * 50,000": "1 ".repeat(50_000),
  "'£1,' * 50,000": "£1,".repeat(50_000),
  "'between £1 and ' * 20,000": "between £1 and ".repeat(20_000),
  ...Object.fromEntries(
    Object.entries(tables(50_000)).map(([layout, text]) => [`50,000-row ${layout} table`, text]),
  ),
};
for (const [name, text] of Object.entries(asWritten)) {
  Deno.bench({
    name,
    group: "issue 17's inputs as written",
    n: 1,
    warmup: 0,
    fn: () => void ingest(text),
  });
}

const documents = [...Deno.readDirSync(SEEDS)].filter((e) => e.name.endsWith(".txt"))
  .map((e) => Deno.readTextFileSync(`${SEEDS}${e.name}`)).join("\n\n");
const twentyMb = repeatTo(documents, 20_000_000);
Deno.bench({
  name: "the five seed documents repeated to 20,000,000 characters",
  group: "20 MB (target: under 20 s)",
  n: 1,
  warmup: 0,
  fn: () => void ingest(twentyMb),
});
