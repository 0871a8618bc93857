// Private to lib/ingest: tables whose cells a PDF or web page conversion ran together with single
// spaces: a row is a label followed by two or more values ("Home Office Core Grant 43.627 40.957
// 6.1"). Consecutive rows with the same number of values make a table; the line above is its
// header when it holds as many cells (or as many periods: "2015/16 2016/17 2017/18"). A single
// row needs such a header.
import type { TextLine } from "./_lines.ts";
import { bodyCell, type RawCell, type RawTable } from "./_raw_table.ts";
import { findPeriods } from "./_find_periods.ts";

const VALUE = /^(?:[-−]?(?:c?£)?(?!0\d)\d[\d,]*(?:\.\d+)?(?:%|k|m|bn)?|\*|\[[cx]\]|<\d+)$/i;

interface Token {
  text: string;
  start: number;
}

interface Row {
  index: number;
  label: Token | null;
  values: Token[];
}

/** The single-space tables among lines not yet taken, marking their lines taken. */
export function readRowTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  const tables: RawTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = taken[i] ? null : rowOf(lines[i], i);
    if (first === null) continue;
    const rows = [first];
    for (let j = i + 1; j < lines.length && !taken[j]; j++) {
      const next = rowOf(lines[j], j);
      if (next === null || next.values.length !== first.values.length) break;
      rows.push(next);
    }
    const header = i > 0 && !taken[i - 1] ? headerOf(lines[i - 1], first.values.length) : null;
    if (rows.length >= 2 || header) {
      tables.push(build(lines, rows, header, i - 1));
      rows.forEach((row) => taken[row.index] = true);
      if (header) taken[i - 1] = true;
    }
    i = rows.at(-1)!.index;
  }
  return tables;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index }));
}

// Phone numbers, references and dates also end in runs of numbers ("Telephone: 0303 123 1113").
const NOT_A_ROW =
  /(?:^|\s)0\d|\b(?:tel|telephone|phone|fax|mobile|ref|reference|page|pages)\b|:\s*$/i;

function rowOf(line: TextLine, index: number): Row | null {
  if (line.text.includes("\t") || NOT_A_ROW.test(line.text)) return null;
  const all = tokens(line.text);
  let k = all.length;
  while (k > 0 && VALUE.test(all[k - 1].text)) k--;
  const values = all.slice(k);
  const words = all.slice(0, k);
  if (values.length < 2 || words.length === 0 || !words.some((t) => /[A-Za-z]/.test(t.text))) {
    return null;
  }
  const label = { text: words.map((t) => t.text).join(" "), start: words[0].start };
  return { index, label, values };
}

function headerOf(line: TextLine, width: number): Token[] | null {
  const all = tokens(line.text);
  if (all.length === width && !all.some((t) => VALUE.test(t.text))) return all;
  const periods = findPeriods(line.text);
  if (periods.length !== width) return null;
  return periods.map((p) => ({ text: line.text.slice(p.from, p.to), start: p.from }));
}

function cell(line: TextLine, token: Token, header: boolean): RawCell {
  return bodyCell(line.line, token.text, token.start, header);
}

function build(lines: readonly TextLine[], rows: Row[], header: Token[] | null, at: number) {
  const body = rows.map((row) => {
    const line = lines[row.index];
    return [cell(line, row.label!, false), ...row.values.map((v) => cell(line, v, false))];
  });
  const top = header
    ? [[
      cell(lines[at], { text: "", start: 0 }, true),
      ...header.map((t) => cell(lines[at], t, true)),
    ]]
    : [];
  const used = [...(header ? [lines[at].line] : []), ...rows.map((row) => lines[row.index].line)];
  return {
    format: "aligned" as const,
    rows: [...top, ...body],
    headerRows: header ? 1 : 0,
    lines: used,
  };
}
