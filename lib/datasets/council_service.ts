/**
 * The short name of a Leicester City Council service or data system, shared by `child_victims`
 * and the age, sex and ethnicity breakdowns so they join: `CYPFS` (the children, young people and
 * family service), `Support & Information Service` (its secondary victims), `Children's Social
 * Care` (single assessments) and `SafeLives Insights`.
 */
export type CouncilService =
  | "CYPFS"
  | "Support & Information Service"
  | "Children's Social Care"
  | "SafeLives Insights";
