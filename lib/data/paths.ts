import { fileURLToPath } from "node:url";

/** The project's root folder (the one holding `deno.json`). */
export const PROJECT_ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** The folder of tidy datasets, `data/`. */
export const DATA_DIR: string = fileURLToPath(new URL("../../data/", import.meta.url));

/** The folder of source documents, `seeds/`. */
export const SEEDS_DIR: string = fileURLToPath(new URL("../../seeds/", import.meta.url));

/** The folder for generated output (findings, report site, benchmarks), `out/`. */
export const OUT_DIR: string = fileURLToPath(new URL("../../out/", import.meta.url));
