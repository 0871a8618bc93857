import { councilBreakdownColumns, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { LEICESTER_FOI } from "./_seeds.ts";

/**
 * Child victims of domestic abuse in Leicester, 2020-21, by sex (CYPFS only).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { childVictimsSex } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(childVictimsSex.name, "child_victims_sex");
 * const table = await load("child_victims_sex");
 * assert.equal(table.numRows(), 3);
 * ```
 */
export const childVictimsSex = {
  name: "child_victims_sex",
  title: "Child victims of domestic abuse in Leicester, 2020-21, by sex",
  description:
    "Child victims of domestic abuse supported by the children, young people and family " +
    "service (CYPFS) by sex, 2020-21; the document gives no sex breakdown for other services. " +
    "Unknown is a category of its own.",
  seed: LEICESTER_FOI,
  schema: figureSchema(() => ({
    ...councilBreakdownColumns(),
    sex: text({ description: "Sex as the document records it (Male, Female, Unknown)" }),
  })),
} satisfies Dataset;

/** A row of `child_victims_sex`: what its schema decodes a CSV row to. */
export type ChildVictimsSexRow = RowOf<typeof childVictimsSex.schema>;
