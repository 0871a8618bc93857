// Private to lib/scale: the file formats, told apart by extension.
import { problem } from "./_problem.ts";

/** The format a path's extension names. */
export function referralFormat(path: string): "csv" | "arrow" | "parquet" {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "arrow" || extension === "feather" || extension === "arrows") return "arrow";
  if (extension === "parquet") return "parquet";
  throw new RangeError(
    problem({ file: path }, "has an extension that is not .csv, .arrow or .parquet"),
  );
}
