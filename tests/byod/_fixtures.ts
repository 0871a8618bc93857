/**
 * The invented documents the tests of `deno task add` use, and a folder to add them in.
 *
 * @module
 */
import { docxBytes, pageOf, pdfBytes } from "../ingest/_documents.ts";

/**
 * Northmoor OPCC's reply to FOI 042/25 (invented): page 1 a funding table whose totals add up
 * (120,500 + 48,000 = 168,500; 131,200 + 50,100 = 181,300), page 2 a referral count.
 */
export const NORTHMOOR_PAGES = [
  [
    "Northmoor Office of the Police and Crime Commissioner",
    "Our ref: FOI 042/25",
    "Victim services funding",
    ["Service", "2022/23", "2023/24"],
    ["Harbour Refuge", "£120,500", "£131,200"],
    ["Northmoor Helpline", "£48,000", "£50,100"],
    ["Total", "£168,500", "£181,300"],
  ],
  ["In 2023/24 we made 214 referrals to Harbour Refuge."],
];

/** The Northmoor reply as a PDF. */
export async function northmoorPdf(): Promise<Uint8Array> {
  return await pdfBytes(NORTHMOOR_PAGES.map((lines) => pageOf(lines)));
}

/**
 * The table of Eastholm Borough Council's reply to EIR 7781 (invented): children by age band,
 * its stated total 3 off its parts (31 + 47 + 6 = 84, stated 81).
 */
export const EASTHOLM_TABLE: readonly (readonly string[])[] = [
  ["Age", "Children"],
  ["0 to 4", "31"],
  ["5 to 10", "47"],
  ["11 to 17", "6"],
  ["Total", "81"],
];

/** Eastholm's reply as a Word file, with its table or another in its place. */
export async function eastholmDocx(
  table: readonly (readonly string[])[] = EASTHOLM_TABLE,
): Promise<Uint8Array> {
  return await docxBytes([
    "Eastholm Borough Council",
    "Our ref: EIR 7781",
    "Children supported by the domestic abuse service in 2023/24, by age:",
    table,
  ]);
}

/**
 * A temporary folder with `in/` for the user's files, `seeds/user/` and `data/` to add to, and
 * its own names file: passed as the options of `addSource()`, `acceptSource()` and the rest, it
 * keeps them off the project's `seeds/user/`, `data/` and `lib/datasets/user_dataset_names.ts`.
 */
export interface Workspace {
  root: string;
  userSeeds: string;
  data: string;
  namesFile: string;
  /** Writes a file into `in/` and returns its path. */
  put(name: string, bytes: Uint8Array | string): Promise<string>;
  /** The names in a folder of the workspace, sorted; [] when it does not exist. */
  list(folder: "seeds/user" | "data"): Promise<string[]>;
}

/** Runs `fn` with a new workspace, removed afterwards whatever happens. */
export async function withWorkspace(fn: (ws: Workspace) => Promise<void>): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "byod-" });
  await Deno.mkdir(`${root}/in`);
  const ws: Workspace = {
    root,
    userSeeds: `${root}/seeds/user`,
    data: `${root}/data`,
    namesFile: `${root}/user_dataset_names.ts`,
    async put(name, bytes) {
      const path = `${root}/in/${name}`;
      if (typeof bytes === "string") await Deno.writeTextFile(path, bytes);
      else await Deno.writeFile(path, bytes);
      return path;
    },
    async list(folder) {
      try {
        return (await Array.fromAsync(Deno.readDir(`${root}/${folder}`))).map((e) => e.name).sort();
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) return [];
        throw error;
      }
    },
  };
  try {
    await fn(ws);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}
