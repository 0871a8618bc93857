// Private to lib/ingest: how sure a label is, from where it came (one rule for prose and tables).
import type { LabelConfidence, LabelSource } from "./types.ts";

const CONFIDENCE: Record<LabelSource, LabelConfidence> = {
  layout: "high",
  table: "high",
  sentence: "high",
  noun: "high",
  nearby: "medium",
  context: "low",
  none: "low",
};

/** The confidence a label from this source deserves. */
export function confidence(source: LabelSource): LabelConfidence {
  return CONFIDENCE[source];
}
