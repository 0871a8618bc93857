/**
 * The execution cache: a notebook whose inputs are all as they were when it last ran without
 * error gets that run's outputs again instead of running. Its inputs are its code cells, its
 * parameters, every local module its code imports (transitively), every file it read while it
 * ran (see `_read_recorder.ts`), the `deno.json` and `deno.lock` the kernel used, the Deno version
 * and the runner's cache format. Each input is compared by its SHA-256 (a folder it listed, by
 * its names), so a changed file is named: "data/commissioning_spend.csv changed".
 *
 * One record per notebook and set of parameters, a JSON file in the cache folder holding the
 * hashes and the executed notebook.
 *
 * @module
 */
import { dirname, join, resolve } from "node:path";
import { sha256Hex } from "../io/sha256_hex.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { listInWords } from "../format/options.ts";
import type { CodeCell, Notebook } from "./nbformat.ts";
import { joinSource } from "./nbformat.ts";

/** Bumped when what a record holds, or how outputs are recorded, changes. */
const FORMAT = 1;

/** What an input is, for the reader of a reason. */
type InputKind = "module" | "read" | "config";

interface Input {
  path: string;
  kind: InputKind;
  /** The SHA-256 of its bytes (of its names, for a folder); null when it did not exist. */
  sha256: string | null;
}

interface CacheRecord extends Pick<CacheEntry, "notebook" | "parameters" | "code"> {
  format: number;
  deno: string;
  inputs: Input[];
  executed: Notebook;
}

/** Where a notebook's record is, and what it is keyed on, worked out once per run. */
export interface CacheEntry {
  file: string;
  notebook: string;
  parameters: Record<string, string>;
  code: string;
  /** The folder paths in reasons are relative to (the one holding deno.json), or null. */
  root: string | null;
  config: string | null;
  lock: string | null;
}

/** The outcome of a lookup: the outputs to reuse, or why the notebook must run. */
export type Lookup = { reuse: Notebook; reason: string } | { reuse: null; reason: string };

/** Works out a notebook's record file and keys. */
export async function cacheEntry(
  dir: string,
  path: string,
  prepared: Notebook,
  parameters: Record<string, string>,
): Promise<CacheEntry> {
  const notebook = resolve(path);
  const sorted = Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => a < b ? -1 : 1));
  const name = await sha256Hex(JSON.stringify([notebook, sorted]));
  const sources = prepared.cells.filter((cell) => cell.cell_type === "code")
    .map((cell) => joinSource(cell.source));
  const code = await sha256Hex(JSON.stringify(sources));
  let config: string | null = null;
  for (let at = dirname(notebook); config === null; at = dirname(at)) {
    for (const file of ["deno.json", "deno.jsonc"]) {
      if (config === null && (await isFile(join(at, file)))) config = join(at, file);
    }
    if (dirname(at) === at) break;
  }
  const root = config === null ? null : dirname(config);
  const lock = root !== null && (await isFile(join(root, "deno.lock")))
    ? join(root, "deno.lock")
    : null;
  return {
    file: join(resolve(dir), `${name}.json`),
    notebook,
    parameters: sorted,
    code,
    root,
    config,
    lock,
  };
}

/** Looks a notebook up: its earlier outputs when every input is as it was, else why not. */
export async function lookup(entry: CacheEntry, prepared: Notebook): Promise<Lookup> {
  const record = await readRecord(entry.file);
  if (record === null) {
    const how = Object.keys(entry.parameters).length === 0 ? "" : " with these parameters";
    return { reuse: null, reason: `not run before${how}` };
  }
  if (record.format !== FORMAT) return { reuse: null, reason: "the runner's cache format changed" };
  if (record.code !== entry.code) return { reuse: null, reason: "its code changed" };
  if (record.deno !== Deno.version.deno) {
    return { reuse: null, reason: `Deno changed (${record.deno} to ${Deno.version.deno})` };
  }
  const changed: string[] = [];
  for (const input of record.inputs) {
    if ((await hashInput(input.path)) !== input.sha256) changed.push(shown(entry, input.path));
  }
  if (changed.length > 0) return { reuse: null, reason: `${listChanged(changed)} changed` };
  return { reuse: splice(prepared, record.executed), reason: "up to date" };
}

/** Stores a run that ended without error, with the hashes of everything it depended on. */
export async function store(
  entry: CacheEntry,
  executed: Notebook,
  depends: { modules: readonly string[]; reads: readonly string[] },
): Promise<void> {
  const kinds = new Map<string, InputKind>();
  for (const path of depends.reads) kinds.set(path, "read");
  for (const path of depends.modules) kinds.set(path, "module");
  for (const path of [entry.config, entry.lock]) if (path !== null) kinds.set(path, "config");
  kinds.delete(entry.notebook);
  const inputs: Input[] = [];
  for (const [path, kind] of [...kinds].sort(([a], [b]) => a < b ? -1 : 1)) {
    inputs.push({ path, kind, sha256: await hashInput(path) });
  }
  const record: CacheRecord = {
    format: FORMAT,
    notebook: entry.notebook,
    parameters: entry.parameters,
    code: entry.code,
    deno: Deno.version.deno,
    inputs,
    executed,
  };
  await writeFileAtomic(entry.file, JSON.stringify(record));
}

async function readRecord(file: string): Promise<CacheRecord | null> {
  try {
    const record = JSON.parse(await Deno.readTextFile(file)) as CacheRecord;
    return Array.isArray(record.inputs) && Array.isArray(record.executed?.cells) ? record : null;
  } catch {
    // Missing, or not a record (a crash mid-write cannot leave one: it is written atomically).
    return null;
  }
}

/** The prepared notebook with the stored run's outputs, counts and kernel metadata. */
function splice(prepared: Notebook, executed: Notebook): Notebook {
  const result = structuredClone(prepared);
  const ran = executed.cells.filter((cell): cell is CodeCell => cell.cell_type === "code");
  let next = 0;
  for (const cell of result.cells) {
    if (cell.cell_type !== "code") continue;
    const stored = ran[next++];
    cell.outputs = structuredClone(stored?.outputs ?? []);
    cell.execution_count = stored?.execution_count ?? null;
  }
  const { kernelspec, language_info } = executed.metadata;
  if (kernelspec !== undefined) result.metadata.kernelspec = kernelspec;
  if (language_info !== undefined) result.metadata.language_info = language_info;
  return result;
}

/** `data/x.csv` inside the project, the absolute path outside it. */
function shown(entry: CacheEntry, path: string): string {
  if (entry.root === null || !path.startsWith(`${entry.root}/`)) return path;
  return path.slice(entry.root.length + 1);
}

// "a, b and c"; past three, the first three and how many more.
function listChanged(paths: string[]): string {
  return listInWords(paths.length > 3 ? [...paths.slice(0, 3), `${paths.length - 3} more`] : paths);
}

const hashes = new Map<string, Promise<string | null>>();

/**
 * The SHA-256 of a file's bytes, of a folder's sorted names, or null when nothing is there.
 * Kept for the life of the program, keyed by size and modification time.
 */
async function hashInput(path: string): Promise<string | null> {
  const info = await Deno.stat(path).catch(() => null);
  if (info === null) return null;
  const key = `${path}\0${info.size}\0${info.mtime?.getTime()}\0${info.isDirectory}`;
  let hash = hashes.get(key);
  if (hash === undefined) {
    hash = info.isDirectory
      ? Array.fromAsync(Deno.readDir(path)).then((entries) =>
        sha256Hex(entries.map((e) => e.name).sort().join("\n"))
      )
      : Deno.readFile(path).then(sha256Hex);
    hash = hash.catch(() => null);
    hashes.set(key, hash);
  }
  return await hash;
}

async function isFile(path: string): Promise<boolean> {
  return await Deno.stat(path).then((info) => info.isFile, () => false);
}
