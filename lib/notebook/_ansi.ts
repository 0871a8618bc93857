// Control sequences (colours, cursor moves) that kernels put in tracebacks and terminal output.
const ANSI = new RegExp(String.raw`\x1b\[[0-9;?]*[ -/]*[@-~]`, "g");

/**
 * Removes ANSI control sequences from text.
 *
 * @param text The text.
 * @returns The text without colour or cursor codes.
 */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}
