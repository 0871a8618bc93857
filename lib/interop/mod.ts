/**
 * Copies between the toolkit's Arquero tables and other dataframe libraries: danfojs's
 * {@linkcode toDanfo} and {@linkcode fromDanfo}. Each library is imported on first use only;
 * `lib/mod.ts` does not re-export this folder.
 *
 * @module
 */
export * from "./danfo.ts";
export type { aq } from "../data/arquero.ts";
