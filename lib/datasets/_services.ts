// Short names for the council's services, shared by the counts and the breakdowns so they join.
export const COUNCIL_SERVICES = [
  "CYPFS",
  "Support & Information Service",
  "Children's Social Care",
  "SafeLives Insights",
] as const;
