/**
 * Helpers for tests that need a program outside Deno (Debian's python3-nbformat, a browser…).
 *
 * Such a test is skipped, with one message saying why, on a machine without the program, so
 * `deno test` works on any developer's machine; under CI (env `CI=true`) a missing program is a
 * failure instead, so CI can never go green by skipping what it was meant to check.
 *
 * ```ts
 * const hasNbformat = commandSucceeds("/usr/bin/python3", ["-c", "import nbformat"]);
 * Deno.test({
 *   name: "serializeNotebook() output passes nbformat.validate()",
 *   ...requireTool("python3-nbformat (apt-get install python3-nbformat)", hasNbformat),
 *   fn: () => {},
 * });
 * ```
 *
 * @module
 */

const warned = new Set<string>();

/**
 * Tells whether a command runs and exits 0; a missing program counts as failure, not an error.
 *
 * @param command The program, e.g. `/usr/bin/python3`.
 * @param args Its arguments, e.g. `["-c", "import nbformat"]`.
 * @returns True when the command exited with status 0.
 */
export function commandSucceeds(command: string, args: string[]): boolean {
  try {
    const { success } = new Deno.Command(command, { args, stdout: "null", stderr: "null" })
      .outputSync();
    return success;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.PermissionDenied) {
      return false;
    }
    throw error;
  }
}

/**
 * Decides whether tests needing a tool run, for spreading into `Deno.test({ ... })`.
 *
 * @param name The tool as a reader should look for it, ideally with how to install it.
 * @param present Whether the tool was found (see {@linkcode commandSucceeds}).
 * @returns `{ ignore: false }` when the tool is present; `{ ignore: true }` when it is missing,
 * after printing once to stderr which tool is missing.
 * @throws {Error} When the tool is missing and env `CI` is `true`: CI must not skip.
 */
export function requireTool(name: string, present: boolean): { ignore: boolean } {
  if (present) return { ignore: false };
  if (Deno.env.get("CI") === "true") {
    throw new Error(
      `Cannot run tests that need ${name}: it is missing, and CI=true forbids skipping`,
    );
  }
  if (!warned.has(name)) {
    warned.add(name);
    console.error(`Skipping tests that need ${name}: it is missing on this machine`);
  }
  return { ignore: true };
}
