// Private to lib/scale: the columns a referral file must have. Further columns are kept as text.
import { problem } from "./_problem.ts";
import { REFERRAL_SCHEMA, type ReferralColumn } from "./referral_schema.ts";

/** The schema's columns by name, once the file's column names are known to include them all. */
export function checkHeader(names: readonly string[], file: string): Map<string, ReferralColumn> {
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) {
    throw new TypeError(problem({ file, column: repeated }, "appears twice in the header"));
  }
  const missing = REFERRAL_SCHEMA.filter((c) => !names.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    const list = missing.map((n) => JSON.stringify(n)).join(", ");
    throw new TypeError(
      problem({ file }, `the file lacks the column${missing.length === 1 ? "" : "s"} ${list}`) +
        ` (a referral extract has ${REFERRAL_SCHEMA.map((c) => c.name).join(", ")})`,
    );
  }
  return new Map(REFERRAL_SCHEMA.map((c) => [c.name, c]));
}
