// Short names for the council's services, shared by the counts and the breakdowns so they join.
import type { CouncilService } from "./council_service.ts";

export const COUNCIL_SERVICES: readonly [CouncilService, ...CouncilService[]] = [
  "CYPFS",
  "Support & Information Service",
  "Children's Social Care",
  "SafeLives Insights",
] as const;
