// Private to lib/charts: statistical symbols on a chart, so an estimate or a suppressed value is
// marked in words on the chart itself, not by colour alone: `[e]` beside an estimated bar or
// point, and the symbol of a value that is missing (`[c]` suppressed, `[x]` not available…) at
// the foot of where its bar or point would be. Each trace keeps its points' symbols in
// `meta.symbols` for the chart's summary table and alt text; the key goes in the note.
import { missingSymbol, type StatSymbol, symbolKey } from "../format/missing.ts";
import type { JsonObject } from "./figure.ts";
import type { Group } from "./_aggregate.ts";

export function pointSymbol(group: Group | undefined): StatSymbol | "" {
  if (group === undefined) return "";
  if (group.sum === null) return group.missing > 0 ? missingSymbol(group.reasons[0]) : "";
  return group.approximate ? "[e]" : "";
}

// Annotations marking the points with no value, on the value axis at 0.
export function missingMarks(
  categories: string[],
  symbols: (StatSymbol | "")[],
  upright: boolean,
): JsonObject[] {
  return categories.flatMap((category, i) => {
    const symbol = symbols[i];
    if (symbol === "" || symbol === "[e]" || symbol === "[u]") return [];
    return [{
      text: symbol,
      showarrow: false,
      xref: "x",
      yref: "y",
      ...(upright
        ? { x: category, y: 0, yanchor: "bottom", xanchor: "center" }
        : { x: 0, y: category, xanchor: "left", yanchor: "middle" }),
      font: { size: 12, color: "#222222" },
    }];
  });
}

// The key under the chart to the symbols its points show, or none.
export function symbolNotes(symbols: (StatSymbol | "")[][]): string[] {
  const used = symbols.flat().filter((s): s is StatSymbol => s !== "");
  const key = symbolKey(used);
  return key === "" ? [] : [key];
}
