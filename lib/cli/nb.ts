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
Deno.exit(
  command.kind === "params" ? await paramsCommand(command.paths) : await runCommand(command),
);
