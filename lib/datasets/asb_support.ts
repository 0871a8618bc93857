import type { z } from "zod";
import { figureSchema, oneOf, optionalDate, text } from "./_columns.ts";
import type { Dataset } from "./dataset.ts";
import { FOI_0017_24 } from "./_seeds.ts";

/** A row of `asb_support`. */
export const AsbSupportRow = figureSchema({
  service: text({ description: "The service" }),
  period_start: optionalDate({ description: "First day of the period counted" }),
  period_end: optionalDate({ description: "Last day of the period counted" }),
  measure: oneOf(["referrals", "service_users"], {
    description: "referrals of victims of ASB, or service users who received support",
  }),
});
/** A row of `asb_support`. */
export type AsbSupportRow = z.output<typeof AsbSupportRow>;

/** Victim First referrals and service users for victims of anti-social behaviour, 2023-24. */
export const asbSupport: Dataset<typeof AsbSupportRow> = {
  name: "asb_support",
  title: "Victim First: victims of anti-social behaviour referred and supported",
  description:
    "Referrals to Victim First for victims of anti-social behaviour and the service users they " +
    "became, October 2023 to September 2024 (the response's 'previous 12 months').",
  seed: FOI_0017_24,
  schema: AsbSupportRow,
};
