// `deno task nb`: run notebooks headless on the Deno kernel (`nb run`), or list a notebook's
// parameters (`nb params`). See `deno task nb --help`. Exit status: 0 ok, 1 a notebook failed,
// 2 bad arguments.
import { join, relative } from "node:path";
import { OUT_DIR } from "../io/paths.ts";
import { parseNbArgs } from "./_nb_args.ts";
import { paramsCommand } from "./_nb_params.ts";
import { runCommand } from "./_nb_run.ts";

const defaultOutDir = relative(Deno.cwd(), join(OUT_DIR, "notebooks")) || ".";
const command = parseNbArgs(Deno.args, defaultOutDir);
if (command.kind === "help") {
  console.log(command.text);
} else if (command.kind === "usage-error") {
  console.error(`${command.message}\n\n${command.usage}`);
  Deno.exit(2);
} else if (command.kind === "params") {
  Deno.exit(await paramsCommand(command.paths));
} else {
  Deno.exit(await runCommand(command));
}
