// `deno task new-notebook NAME --dataset ID [--out DIR]`: writes notebooks/NAME.ipynb, a starting
// notebook for a dataset accepted with `deno task add --accept ID`: it loads and shows the
// dataset, cites its figures and runs the analyses that fit them. Exit status: 0 when written;
// 1 when refused (an unknown dataset, a notebook that exists); 2 for bad arguments.
import { newNotebook } from "../sources/new_notebook.ts";
import { commandLine, orExit1 } from "./_args.ts";

const USAGE = `Usage: deno task new-notebook NAME --dataset ID [--out DIR]

  NAME              the notebook's name: writes notebooks/NAME.ipynb (never over an existing one)
  --dataset ID      a dataset accepted with deno task add --accept ID
  --out DIR         write it in DIR instead of notebooks/
  --user-seeds DIR  the folder of your documents (default: seeds/user/)
  --data DIR        the folder of datasets (default: data/)`;

const options = {
  dataset: { type: "string" },
  out: { type: "string" },
  "user-seeds": { type: "string" },
  data: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
const { name, values } = commandLine(USAGE, { options, allowPositionals: true }, (parsed) => {
  if (parsed.positionals.length !== 1) {
    throw new TypeError(`Cannot write a notebook: give one NAME, got ${parsed.positionals.length}`);
  }
  if (parsed.values.dataset === undefined) {
    throw new TypeError("Cannot write a notebook: give the dataset with --dataset ID");
  }
  return {
    name: parsed.positionals[0],
    values: { ...parsed.values, dataset: parsed.values.dataset },
  };
});
await orExit1(async () => {
  const written = await newNotebook(name, {
    dataset: values.dataset,
    dir: values.out,
    userSeeds: values["user-seeds"],
    data: values.data,
  });
  const analyses = written.analyses.length === 0 ? "none fits" : written.analyses.join(", ");
  console.log(`Wrote ${written.path} (analyses: ${analyses})`);
  console.log(`Run it with deno task nb run ${written.path}, or open it in Jupyter`);
});
