// Private to lib/scale: the made-up proportions the synthetic referral generator draws from.
// Service names are taken from the documents so notebooks read naturally; the numbers are not
// from any document and must never be reported as findings.

/** Services, their share of referrals and the mean cost of a referral in 2019-20 pounds. */
export const SERVICES: readonly { name: string; weight: number; meanCost: number }[] = [
  { name: "Victim First", weight: 30, meanCost: 180 },
  { name: "Support & Information Service", weight: 18, meanCost: 120 },
  { name: "CYPFS", weight: 14, meanCost: 650 },
  { name: "Sexual Violence and Abuse Services", weight: 10, meanCost: 900 },
  { name: "Emotional Support Worker", weight: 8, meanCost: 300 },
  { name: "Helpline and Engagement (DA Services)", weight: 8, meanCost: 60 },
  { name: "ISVA", weight: 5, meanCost: 1100 },
  { name: "Victim Pathway Service", weight: 4, meanCost: 240 },
  { name: "SARC", weight: 2.95, meanCost: 1500 },
  // Rare on purpose: at 100,000 rows some of its cells are small counts (below 5).
  { name: "Paediatric SARC", weight: 0.05, meanCost: 2000 },
];

/** Financial years with relative volumes (a dip in 2020-21, then growth). */
export const YEARS: readonly { label: string; weight: number }[] = [
  { label: "2019-20", weight: 0.9 },
  { label: "2020-21", weight: 0.75 },
  { label: "2021-22", weight: 0.95 },
  { label: "2022-23", weight: 1.05 },
  { label: "2023-24", weight: 1.15 },
  { label: "2024-25", weight: 1.2 },
];

/** Costs rise by this factor each year after 2019-20. */
export const COST_GROWTH = 1.04;

export const QUARTER_WEIGHTS: readonly number[] = [0.24, 0.25, 0.26, 0.25];

/** Relative numbers of referrals at ages 0 to 17: few infants, most in the teens. */
export const AGE_WEIGHTS: readonly number[] = [
  2,
  2,
  2.5,
  3,
  3.5,
  4,
  4.5,
  5,
  5.5,
  6,
  6.5,
  7,
  8,
  9,
  10,
  10,
  9,
  8,
];

export const SEX_WEIGHTS: Readonly<Record<string, number>> = {
  Female: 0.52,
  Male: 0.45,
  Unknown: 0.03,
};

export const ETHNICITY_WEIGHTS: Readonly<Record<string, number>> = {
  "White": 0.62,
  "Asian or Asian British": 0.14,
  "Black or Black British": 0.05,
  "Mixed": 0.05,
  "Other ethnic group": 0.03,
  "Not provided": 0.11,
};

/** Shares of rows with no age and no amount recorded. */
export const NO_AGE = 0.02;
export const NO_AMOUNT = 0.01;
