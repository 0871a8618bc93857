import { oneOf, optionalDate, text } from "./_columns.ts";
import { type Dataset, figureSchema, type RowOf } from "./schema.ts";
import { FOI_0017_24 } from "./_seeds.ts";

/**
 * Victim First referrals and service users for victims of anti-social behaviour, 2023-24.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { asbSupport } from "./mod.ts";
 * import { load } from "../mod.ts";
 * assert.equal(asbSupport.name, "asb_support");
 * const table = await load("asb_support");
 * assert.equal(table.numRows(), 2);
 * ```
 */
export const asbSupport = {
  name: "asb_support",
  title: "Victim First: victims of anti-social behaviour referred and supported",
  description:
    "Referrals to Victim First for victims of anti-social behaviour and the service users they " +
    "became, October 2023 to September 2024 (the response's 'previous 12 months').",
  seed: FOI_0017_24,
  schema: figureSchema(() => ({
    service: text({ description: "The service" }),
    period_start: optionalDate({ description: "First day of the period counted" }),
    period_end: optionalDate({ description: "Last day of the period counted" }),
    measure: oneOf(["referrals", "service_users"], {
      description: "referrals of victims of ASB, or service users who received support",
    }),
  })),
} satisfies Dataset;

/** A row of `asb_support`: what its schema decodes a CSV row to. */
export type AsbSupportRow = RowOf<typeof asbSupport.schema>;
