/**
 * Type-checks files with the project's configuration, for tests of what compiles: the typed rows
 * of `load()`, the notebooks' code.
 *
 * @module
 */
import { PROJECT_ROOT } from "../lib/data/mod.ts";

/**
 * Runs `deno check` on files with the project's deno.json and returns its errors, one string
 * each (`TS2322 [ERROR]: …` with its location), without colour.
 *
 * @param files The files to check, by absolute path.
 * @returns The errors; empty when every file compiles. A failure that is no type error (a module
 * not found) is returned whole, as one error.
 */
export async function typeErrors(files: readonly string[]): Promise<string[]> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["check", "--quiet", "--config", `${PROJECT_ROOT}deno.json`, ...files],
    env: { NO_COLOR: "1" },
    stdout: "null",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stderr);
  const errors = text.split(/\n(?=TS\d+ \[ERROR\])/).filter((e) => e.startsWith("TS"));
  return code !== 0 && errors.length === 0 ? [text] : errors;
}
