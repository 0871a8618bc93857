// `deno task extract`: regenerates data/ from seeds/.
import { DATA_DIR } from "../io/paths.ts";
import { extractAll } from "../extract/extract_all.ts";
import { writeDatasets } from "../extract/write_datasets.ts";

const datasets = await extractAll();
const paths = await writeDatasets(DATA_DIR, datasets);
for (const [name, text] of datasets) {
  console.log(`${name.padEnd(26)} ${String(text.split("\n").length - 2).padStart(4)} rows`);
}
console.log(`Wrote ${paths.length} datasets to data/`);
