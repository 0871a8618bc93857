// A plain-text table: columns padded to their widest cell, numbers aligned right, no colour, so
// the text/plain output is the same in a terminal, a notebook file and a diff.

export interface PlainColumn {
  header: string;
  cells: string[];
  right: boolean;
}

const MAX_WIDTH = 40;

export function plainTable(columns: PlainColumn[]): string[] {
  const clipped = columns.map((c) => ({
    ...c,
    header: clip(c.header),
    cells: c.cells.map(clip),
  }));
  const widths = clipped.map((c) => Math.max(width(c.header), ...c.cells.map(width)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => pad(cell, widths[i], clipped[i].right)).join("  ").trimEnd();
  const rows = clipped[0]?.cells.length ?? 0;
  return [
    line(clipped.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...Array.from({ length: rows }, (_, r) => line(clipped.map((c) => c.cells[r]))),
  ];
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  const chars = [...flat];
  return chars.length > MAX_WIDTH ? `${chars.slice(0, MAX_WIDTH - 1).join("")}…` : flat;
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, right: boolean): string {
  const space = " ".repeat(size - width(text));
  return right ? space + text : text + space;
}
