// `deno task kernel`: registers the Deno Jupyter kernel for the classic Notebook, JupyterLab and
// VS Code, pointing at a Deno that stays put (see registerKernel()).
import { registerKernel } from "../notebook/register_kernel.ts";
import { commandLine, orExit1 } from "./_args.ts";

const USAGE = `Usage: deno task kernel [--data-dir DIR] [--deno PATH]

Registers the Deno Jupyter kernel (replacing an existing "deno" kernelspec).
  --data-dir DIR   Jupyter's data folder (default: $JUPYTER_DATA_DIR, else \`jupyter --data-dir\`)
  --deno PATH      the Deno the kernel runs (default: this one; a Deno in npx's cache is copied
                   to a stable folder first)`;

const options = {
  "data-dir": { type: "string" },
  deno: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
const args = commandLine(USAGE, { options }, ({ values }) => values);
await orExit1(async () => {
  const kernel = await registerKernel({ dataDir: args["data-dir"], deno: args.deno });
  console.log(`Registered the Deno kernel in ${kernel.kernelDir}`);
  console.log(
    `It runs ${kernel.deno} (Deno ${kernel.version})` +
      (kernel.copied ? ", copied there from a temporary cache so it stays." : "."),
  );
  console.log(
    "Open the notebooks with `jupyter notebook notebooks/` (or JupyterLab, or VS Code) and " +
      "choose the Deno kernel.",
  );
});
