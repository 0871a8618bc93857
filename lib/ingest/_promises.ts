// Private to lib/ingest: tables and appendices the text promises but the document does not hold
// ("shown in the table below" with no table after it, "see Appendix B", "the attached
// spreadsheet"): the figures they hold cannot be read, and the reader is told so.
import { locate, type TextLine } from "./_lines.ts";
import type { RawTable } from "./_raw_table.ts";
import type { IngestWarning } from "./types.ts";

const BELOW =
  /\b(?:the\s+)?(?:table|tables|spreadsheet|chart|graph|breakdown)\s+(?:below|overleaf|that follows)\b|\b(?:the\s+)?(?:following|below)\s+(?:table|spreadsheet|breakdown)\b/gi;
const ATTACHED =
  /\b(?:the\s+)?(?:attached|enclosed)\s+(?:table|spreadsheet|document|file|report|breakdown)\b|\b(?:table|spreadsheet|document|file|breakdown)\s+(?:attached|enclosed)\b/gi;
const APPENDIX = /\b(appendix|annexe?)\s+([A-Z0-9]{1,3})\b/gi;

/** A warning for each promise the document does not keep. */
export function promiseWarnings(
  lines: readonly TextLine[],
  options: {
    taken: readonly boolean[];
    tables: readonly RawTable[];
    starts: number[];
    source: string;
  },
): IngestWarning[] {
  const { taken, tables, starts, source } = options;
  const out: IngestWarning[] = [];
  const warn = (line: TextLine, m: RegExpMatchArray, message: string) => {
    const at = locate(starts, line, m.index!, m.index! + m[0].length);
    out.push({ source, line: at.line, text: m[0], message });
  };
  const headed = new Set(
    lines.flatMap((l, i) => {
      const m = taken[i] ? null : /^\W*(appendix|annexe?)\s+([A-Z0-9]{1,3})\b/i.exec(l.text);
      return m ? [`${m[1].toLowerCase().replace(/e$/, "")} ${m[2].toUpperCase()}`] : [];
    }),
  );
  lines.forEach((line, i) => {
    if (taken[i]) return;
    for (const m of line.text.matchAll(BELOW)) {
      if (tables.some((t) => t.lines[0] > line.line)) continue;
      warn(
        line,
        m,
        `The text refers to "${
          m[0]
        }" but no table follows it: its figures are not in this document`,
      );
    }
    for (const m of line.text.matchAll(ATTACHED)) {
      warn(
        line,
        m,
        `The text refers to "${
          m[0]
        }", which is not part of this document: its figures are not read`,
      );
    }
    for (const m of line.text.matchAll(APPENDIX)) {
      const name = `${m[1].toLowerCase().replace(/e$/, "")} ${m[2].toUpperCase()}`;
      // The heading of the appendix itself is not a reference to it.
      if (headed.has(name) || /^\W*$/.test(line.text.slice(0, m.index))) continue;
      warn(
        line,
        m,
        `The text refers to "${m[0]}" but the document has no ${m[0]}: its figures are not read`,
      );
    }
  });
  return out;
}
