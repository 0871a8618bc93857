/**
 * danfojs interop: {@linkcode toDanfo} and {@linkcode fromDanfo} copy tables both ways for users
 * who think in pandas. danfojs brings TensorFlow.js with it, so it is imported on first use
 * only, and `lib/mod.ts` does not re-export this module: import it explicitly.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { fromDanfo, toDanfo } from "./danfo.ts";
 *
 * const df = await toDanfo(await load("victim_first_under18"));
 * const largest = df.sortValues("value", { ascending: false }).head(1);
 * const back = await fromDanfo(largest);
 * assert.equal(back.get("value", 0), 572798); // Victim First funding 2022-23
 * ```
 *
 * @module
 */
export * from "./to_danfo.ts";
export * from "./from_danfo.ts";
