/**
 * Recording which files a notebook reads while it runs, for the execution cache. Before the first
 * cell the runner sends the kernel `READ_RECORDER` (silently: no output, no execution count),
 * which wraps Deno's file-reading functions (`readFile`, `readTextFile`, `open` for reading,
 * `readDir`, their sync forms, and `fetch` of a `file:` URL) to note each path with the working
 * folder it was read from; after the last cell `COLLECT_READS` broadcasts the list. So whatever
 * reads the file — `load()`, `readManifest()`, a seed reader, the notebook's own code — it is
 * recorded, with no change to those functions. A read that failed (no such file) counts too: the
 * file appearing later changes the notebook's inputs. Reads through `node:fs` are not seen.
 *
 * @module
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The message type `COLLECT_READS` broadcasts on iopub. */
export const READS_MESSAGE = "deno_notebook_reads";

const STORE = `Symbol.for("deno-notebook.reads")`;

/** Code that starts recording reads in the kernel (idempotent). */
export const READ_RECORDER = `(() => {
  if (globalThis[${STORE}]) return;
  const reads = new Map();
  globalThis[${STORE}] = reads;
  const note = (path) => {
    try {
      const text = path instanceof URL ? path.href : String(path);
      reads.set(JSON.stringify([Deno.cwd(), text]), [Deno.cwd(), text]);
    } catch {
      // A path that cannot be read as text is no file we can check.
    }
  };
  const wrap = (name, reads) => {
    const original = Deno[name];
    if (typeof original !== "function") return;
    const descriptor = Object.getOwnPropertyDescriptor(Deno, name) ?? {};
    Object.defineProperty(Deno, name, {
      ...descriptor,
      value: function (path, ...rest) {
        if (reads(rest[0])) note(path);
        return original.call(this, path, ...rest);
      },
    });
  };
  const always = () => true;
  for (const name of ["readFile", "readFileSync", "readTextFile", "readTextFileSync", "readDir", "readDirSync"]) {
    wrap(name, always);
  }
  const forReading = (o) =>
    o === undefined || o.read === true ||
    !(o.write || o.append || o.create || o.createNew || o.truncate);
  wrap("open", forReading);
  wrap("openSync", forReading);
  const fetch = globalThis.fetch;
  globalThis.fetch = function (input, ...rest) {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("file:")) note(url);
    return fetch.call(this, input, ...rest);
  };
})()`;

/** Code that broadcasts the reads recorded so far. */
export const COLLECT_READS = `Deno.jupyter.broadcast("${READS_MESSAGE}", {
  reads: [...(globalThis[${STORE}]?.values() ?? [])],
})`;

/** The absolute paths of the reads a `READS_MESSAGE` lists, sorted, without duplicates. */
export function readPaths(content: Record<string, unknown>): string[] {
  const reads = Array.isArray(content.reads) ? content.reads : [];
  const paths = new Set<string>();
  for (const read of reads) {
    if (!Array.isArray(read) || typeof read[0] !== "string" || typeof read[1] !== "string") {
      continue;
    }
    const [cwd, text] = read as [string, string];
    try {
      paths.add(text.startsWith("file:") ? fileURLToPath(text) : resolve(cwd, text));
    } catch {
      // Not a local file.
    }
  }
  return [...paths].sort();
}
