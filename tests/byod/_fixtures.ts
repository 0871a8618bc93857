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
 * Eastholm Borough Council's reply to EIR 7781 (invented), as a Word file: children by age band
 * in a table whose stated total is 3 off its parts (31 + 47 + 6 = 84, stated 81).
 */
export async function eastholmDocx(): Promise<Uint8Array> {
  return await docxBytes([
    "Eastholm Borough Council",
    "Our ref: EIR 7781",
    "Children supported by the domestic abuse service in 2023/24, by age:",
    [
      ["Age", "Children"],
      ["0 to 4", "31"],
      ["5 to 10", "47"],
      ["11 to 17", "6"],
      ["Total", "81"],
    ],
  ]);
}

/** A temporary folder with `in/` for the user's files and `sources/` and `data/` to add to. */
export interface Workspace {
  root: string;
  sources: string;
  data: string;
  /** Writes a file into `in/` and returns its path. */
  put(name: string, bytes: Uint8Array | string): Promise<string>;
  /** The names in a folder of the workspace, sorted; [] when it does not exist. */
  list(folder: "sources" | "data"): Promise<string[]>;
}

/** Runs `fn` with a new workspace, removed afterwards whatever happens. */
export async function withWorkspace(fn: (ws: Workspace) => Promise<void>): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "byod-" });
  await Deno.mkdir(`${root}/in`);
  const ws: Workspace = {
    root,
    sources: `${root}/sources`,
    data: `${root}/data`,
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
