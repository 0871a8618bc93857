// Nottinghamshire OPCC FOI 2838/15: two approximate totals whose parts the response does not give.
// Its third figure (Victim Support, £411,834 for 1 April – 31 December 2015) is no total and
// restates nothing, so there is nothing to check it against.
import type { FindingDefinition } from "./finding.ts";
import { only, statedBy } from "./_select.ts";

function total(id: string, claim: string, service: string, reason: string): FindingDefinition {
  return {
    id,
    claim,
    expected: "not-computable",
    datasets: ["nottinghamshire_funding"],
    check(inputs) {
      const stated = only(
        inputs.rows("nottinghamshire_funding").filter((r) => r.service === service),
        service,
      );
      return {
        ...statedBy(stated),
        computed: null,
        reason,
        raw: stated.raw ?? undefined,
        unit: "GBP",
        precision: stated.approximate ? "approximate" : "rounded",
        note: `"${stated.raw}" (${stated.qualifier ?? "stated"}) for ${stated.financial_year}: ` +
          "approximate (c£), a total whose parts no document gives.",
      };
    },
  };
}

/** The findings of the Nottinghamshire FOI. */
export const NOTTINGHAMSHIRE: readonly FindingDefinition[] = [
  total(
    "notts-domestic-violence-total-2015-16",
    "Domestic violence support services (IDVA, teen and medium risk support): anticipated " +
      "total for 2015-6 c£800,000",
    "domestic violence support services",
    "the response names the kinds of service (IDVA, teen and medium risk support) but gives " +
      "no figure for any, and says commissioning is on-going",
  ),
  total(
    "notts-sexual-violence-total-2015-16",
    "Interim sexual violence support services during 2015-6 totalling c£230,000",
    "interim sexual violence support services",
    "the response neither lists the services the total covers nor gives a figure for any",
  ),
];
