import type { JsonObject } from "./figure.ts";
import { wrapText } from "./_text.ts";

// Characters per line of the note: about 700px at its 11px font.
export const LINE_WIDTH = 110;

// The text block under a chart's plot area (notes, source, licence): left-aligned at the plot's
// left edge, `offset` pixels below its bottom, so it clears the tick labels and axis title.
export function bottomNote(name: string, lines: string[], offset: number): JsonObject {
  return {
    name,
    text: lines.map((line) => wrapText(line, LINE_WIDTH)).join("<br>"),
    showarrow: false,
    xref: "paper",
    yref: "paper",
    x: 0,
    y: 0,
    xanchor: "left",
    yanchor: "top",
    yshift: -offset,
    align: "left",
    font: { size: 11, color: "#555555" },
  };
}
