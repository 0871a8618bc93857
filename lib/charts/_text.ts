// Text that Plotly draws (titles, tick labels, annotations) is read as a small subset of HTML:
// `<br>` breaks a line and entities are decoded. Escape data text so it reads as written.
export function plotlyText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

// Splits text into lines of at most `width` characters at spaces (a longer word keeps its own
// line), so long category names and source lines fit without Plotly rotating or clipping them.
function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

// Wraps and escapes a label for a Plotly text field.
export function wrapText(text: string, width: number): string {
  return wrapLines(text, width).map(plotlyText).join("<br>");
}
