// `deno task nb`'s command line: help, and bad arguments answered with the usage and exit 2.
import assert from "node:assert/strict";
import { nb } from "./_nb_cli.ts";

Deno.test("nb --help, nb run --help and nb params --help print their usage and exit 0", async () => {
  const [top, run, params] = await Promise.all([
    nb("--help"),
    nb("run", "--help"),
    nb("params", "-h"),
  ]);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /^Usage: deno task nb <command> \[options\]\n/);
  assert.match(top.stdout, /\n {2}run NOTEBOOK\.\.\. .*\n {2}params NOTEBOOK\.\.\. /);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^Usage: deno task nb run NOTEBOOK\.\.\. \[options\]\n/);
  for (const flag of ["--out DIR", "--in-place", "--param NAME=VALUE", "--timeout SECONDS"]) {
    assert.ok(run.stdout.includes(flag), flag);
  }
  for (const flag of ["--jobs N", "--fail-fast", "--check"]) assert.ok(run.stdout.includes(flag));
  assert.equal(params.code, 0);
  assert.match(params.stdout, /^Usage: deno task nb params NOTEBOOK\.\.\.\n/);
  assert.deepEqual([top.stderr, run.stderr, params.stderr], ["", "", ""]);
});

const RUN_USAGE = "Usage: deno task nb run NOTEBOOK... [options]";
const TOP_USAGE = "Usage: deno task nb <command> [options]";

const BAD_ARGUMENTS: [string[], string, string][] = [
  [[], "Missing command: expected run or params", TOP_USAGE],
  [["frob"], 'Unknown command "frob": expected run or params', TOP_USAGE],
  [["run"], "Missing NOTEBOOK: give at least one", RUN_USAGE],
  [["params"], "Missing NOTEBOOK: give at least one", "Usage: deno task nb params NOTEBOOK..."],
  [["run", "a.ipynb", "--frob"], 'Unknown option "--frob"', RUN_USAGE],
  [["run", "a.ipynb", "-z"], 'Unknown option "-z"', RUN_USAGE],
  [["run", "a.ipynb", "--jobs"], 'Option "--jobs" needs a value', RUN_USAGE],
  [
    ["run", "a.ipynb", "--jobs", "0"],
    'Cannot parse --jobs "0": expected a whole number, 1 or more',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "-j", "two"],
    'Cannot parse --jobs "two": expected a whole number, 1 or more',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--jobs=1.5"],
    'Cannot parse --jobs "1.5": expected a whole number, 1 or more',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--param", "year"],
    'Cannot parse --param "year": expected NAME=VALUE',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "-p", "2x=1"],
    'Cannot parse --param "2x=1": "2x" is not a variable name',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--param", "=1"],
    'Cannot parse --param "=1": "" is not a variable name',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--timeout", "0"],
    'Cannot parse --timeout "0": expected a number of seconds above 0',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--timeout", "soon"],
    'Cannot parse --timeout "soon": expected a number of seconds above 0',
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--in-place", "--out", "x"],
    "Cannot use --in-place with --out: write in place or to a folder",
    RUN_USAGE,
  ],
  [
    ["run", "a.ipynb", "--in-place", "--check"],
    "Cannot use --in-place with --check: --check compares, it does not write",
    RUN_USAGE,
  ],
];

Deno.test("nb answers bad arguments with what is wrong, the usage, and exit status 2", async () => {
  const runs = await Promise.all(BAD_ARGUMENTS.map(([args]) => nb(...args)));
  for (const [i, [args, message, usage]] of BAD_ARGUMENTS.entries()) {
    const { code, stdout, stderr } = runs[i];
    const what = `nb ${args.join(" ")}`;
    assert.equal(code, 2, what);
    assert.equal(stdout, "", what);
    assert.ok(stderr.startsWith(`${message}\n\n${usage}\n`), `${what}: ${stderr}`);
  }
});

Deno.test("nb run refuses to write a copy over its source, before starting a kernel", async () => {
  const dir = "tests/fixtures/notebooks/good";
  const run = await nb("run", `${dir}/parameters.ipynb`, "--out", dir);
  assert.equal(run.code, 2);
  assert.equal(
    run.stderr,
    `Cannot write the executed copy of notebook "${dir}/parameters.ipynb" to "${dir}": it ` +
      "would replace the source (write in place to refresh a notebook)\n",
  );
  assert.equal(run.mostKernels, 0);
});
