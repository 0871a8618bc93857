import { asbSupport } from "./asb_support.ts";
import { childVictims } from "./child_victims.ts";
import { childVictimsAge } from "./child_victims_age.ts";
import { childVictimsEthnicity } from "./child_victims_ethnicity.ts";
import { childVictimsSex } from "./child_victims_sex.ts";
import { commissioningFigures } from "./commissioning_figures.ts";
import { commissioningSpend } from "./commissioning_spend.ts";
import { contractTerms } from "./contract_terms.ts";
import { councilDsvBudget } from "./council_dsv_budget.ts";
import { nottinghamshireFunding } from "./nottinghamshire_funding.ts";
import { paediatricSarc } from "./paediatric_sarc.ts";
import { victimFirstContract } from "./victim_first_contract.ts";
import { victimFirstUnder18 } from "./victim_first_under18.ts";

/** Every dataset the toolkit ships, in the order of their source documents. */
export const DATASETS = [
  paediatricSarc,
  victimFirstUnder18,
  victimFirstContract,
  asbSupport,
  childVictims,
  councilDsvBudget,
  childVictimsAge,
  childVictimsSex,
  childVictimsEthnicity,
  commissioningSpend,
  commissioningFigures,
  contractTerms,
  nottinghamshireFunding,
] as const;

/** The name of a shipped dataset. */
export type DatasetName = typeof DATASETS[number]["name"];

/** The dataset descriptor with a given name. */
export type DatasetOf<N extends DatasetName> = Extract<typeof DATASETS[number], { name: N }>;
