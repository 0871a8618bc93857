// Private to tests/ingest: the inputs issue 17 (item 2) found to take quadratic time, made to a
// chosen length, for the hostile-input tests (which check what is read) and the ingest benchmark
// (which times it).

/** A unit repeated and cut to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join("\n");
}

/** A table of `rows` services and their spend (1, 2, 3 … pounds) in each layout. */
export function tables(rows: number): Record<"tsv" | "pipe" | "aligned" | "html", string> {
  return {
    tsv: "Service\tSpend\n" + lines(rows, (i) => `Service ${i}\t${i + 1}`),
    pipe: "| Service | Spend |\n|---|---|\n" + lines(rows, (i) => `| Service ${i} | ${i + 1} |`),
    aligned: "Service           Spend\n" +
      lines(rows, (i) => `Service ${String(i).padEnd(8)}  ${i + 1}`),
    html: "<table><tr><th>Service</th><th>Spend</th></tr>\n" +
      lines(rows, (i) => `<tr><td>Service ${i}</td><td>${i + 1}</td></tr>`) + "\n</table>",
  };
}

/** The tables of {@linkcode tables} with as many rows as make about `size` characters each. */
export function tablesOfSize(size: number): Record<"tsv" | "pipe" | "aligned" | "html", string> {
  const sample = tables(100);
  const rows = (layout: keyof typeof sample) => Math.floor(size * 100 / sample[layout].length);
  const sized = (layout: keyof typeof sample) => tables(rows(layout))[layout];
  return { tsv: sized("tsv"), pipe: sized("pipe"), aligned: sized("aligned"), html: sized("html") };
}

/** The prose cases, each exactly `size` characters. */
export function proseCases(size: number): Record<string, string> {
  return {
    "no-break spaces then £5": "\u00a0".repeat(size - 2) + "£5",
    "one long line of sentences": repeatTo(
      "Victim First received £5,000 for 12 referrals in 2023/24 and more text here; ",
      size,
    ),
    "'1 ' repeated": repeatTo("1 ", size),
    "'£1,' repeated": repeatTo("£1,", size),
    "'between £1 and ' repeated": repeatTo("between £1 and ", size),
  };
}
