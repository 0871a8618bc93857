// The project's notebooks also run under Jupyter's own tools: `jupyter nbconvert --to notebook
// --execute` (Debian's jupyter-nbconvert, nbclient underneath) with the Deno kernelspec that
// `deno jupyter --install` writes, and give the outputs our runner gives, except what each
// notebook declares volatile. (tests/notebooks/ checks that notebooks/ holds the six.)
import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { compareOutputs } from "../../lib/notebook/compare_outputs.ts";
import { formatDifferences } from "../../lib/notebook/format_differences.ts";
import { findNotebooks } from "../../lib/notebook/find_notebooks.ts";
import { readNotebook } from "../../lib/notebook/read_notebook.ts";
import { runNotebook } from "../../lib/notebook/run_notebook.ts";
import { commandSucceeds, requireTool } from "../_tools.ts";
import { ROOT } from "./_nb_cli.ts";

const JUPYTER = "/usr/bin/jupyter";
const notebooks = await findNotebooks([join(ROOT, "notebooks")]);
const tool = requireTool(
  "jupyter nbconvert (apt-get install jupyter-nbconvert)",
  commandSucceeds(JUPYTER, ["nbconvert", "--version"]),
);

// What a difference found here most likely means, for whoever has to fix it.
const LATE_OUTPUT_HINT = "When ours has a last output that nbconvert lacks: the Deno kernel " +
  "can publish a cell's last outputs after reporting it idle (a cell's value always comes after " +
  "its code ends), and nbclient stops reading a cell at idle. End the cell with the toolkit's " +
  "`await display(...)`, which waits for the kernel to publish, instead of a bare expression.";

/** Jupyter's folders inside `dir`, so the kernelspec install and runtime files never touch ~. */
function jupyterEnv(dir: string): Record<string, string> {
  const data = `${dir}/xdg/jupyter`;
  return {
    // `deno jupyter --install` writes to $XDG_DATA_HOME/jupyter; Jupyter reads JUPYTER_DATA_DIR.
    XDG_DATA_HOME: `${dir}/xdg`,
    JUPYTER_DATA_DIR: data,
    JUPYTER_PATH: data,
    JUPYTER_CONFIG_DIR: `${dir}/config`,
    JUPYTER_RUNTIME_DIR: `${dir}/runtime`,
    NO_COLOR: "1",
  };
}

async function run(command: string, args: string[], env: Record<string, string>) {
  const output = await new Deno.Command(command, {
    args,
    cwd: ROOT,
    env,
    stdout: "piped",
    stderr: "piped",
  })
    .output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: output.code, output: text(output.stdout) + text(output.stderr) };
}

for (const path of notebooks) {
  const name = path.slice(ROOT.length);
  Deno.test({
    name: `jupyter nbconvert --execute runs ${name} with the outputs our runner gives`,
    ...tool,
    async fn() {
      const dir = await Deno.makeTempDir({ prefix: "nbconvert-compat-" });
      try {
        const env = jupyterEnv(dir);
        const install = await run(Deno.execPath(), ["jupyter", "--install", "--force"], env);
        assert.equal(install.code, 0, install.output);
        const ours = await runNotebook(path, { outDir: `${dir}/ours` });
        assert.equal(ours.status, "ok", ours.message ?? "");
        // nbclient stops reading a cell's outputs at its idle status, and the Deno kernel may
        // publish a last output just after it (see tests/e2e/kernel_test.ts): a run that lost
        // one is run again, three runs at most.
        let differences: ReturnType<typeof compareOutputs> = [];
        for (let attempt = 0; attempt < 3; attempt++) {
          const converted = await run(JUPYTER, [
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.timeout=600",
            "--output-dir",
            `${dir}/nbconvert`,
            path,
          ], env);
          assert.equal(converted.code, 0, converted.output);
          const theirs = await readNotebook(`${dir}/nbconvert/${basename(path)}`);
          differences = compareOutputs(theirs, ours.notebook!, { from: "nbconvert", to: "ours" });
          if (differences.length === 0) break;
        }
        assert.deepEqual(differences, [], `${formatDifferences(differences)}\n${LATE_OUTPUT_HINT}`);
      } finally {
        await Deno.remove(dir, { recursive: true });
      }
    },
  });
}
