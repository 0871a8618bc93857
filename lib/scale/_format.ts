// Private to lib/scale: the file formats, told apart by extension.

/** The format a path's extension names. */
export function referralFormat(
  path: string,
  action: "load" | "write",
): "csv" | "arrow" | "parquet" {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (extension === "csv") return "csv";
  if (extension === "arrow" || extension === "feather" || extension === "arrows") return "arrow";
  if (extension === "parquet") return "parquet";
  throw new RangeError(
    `Cannot ${action} referrals "${path}": the extension is not .csv, .arrow or .parquet`,
  );
}
