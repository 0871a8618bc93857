// Private to lib/ingest: counts the layout labels without a colon before each number: a run after
// one lead ("Referrals: 6,480 received, 4,321 supported, 987 for victims of domestic abuse",
// "Call outcomes: 512 (64%) resolved, 288 (36%) referred on") and a label written first on a
// line of its own ("Total referrals 61").
import { type Hit, hit } from "./_hit.ts";
import { REFERENCE_WORDS } from "./_words.ts";

const BULLET = /^\s*(?:[-*+•·▪◦●]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))?\s*/i;
const LEAD = /^([A-Za-z][^:]{1,60}):\s+/;
const ITEM =
  /^((?:\d{1,3}(?:,\d{3})+|[1-9]\d*|0))(\s*\([^()]{1,20}\))?\s+([A-Za-z][^,;]{0,80}?)\s*\.?\s*$/;
const SEPARATOR = /\s*[,;]\s+(?:and\s+)?/g;
const LABEL_FIRST = /^([A-Za-z][A-Za-z '’&/-]{1,60}?)\s+(\d{1,3}(?:,\d{3})+|[1-9]\d*)\s*\.?\s*$/;

/** The counts a line's layout labels this way. */
export function findCountRuns(text: string): Hit[] {
  const start = BULLET.exec(text)![0].length;
  return run(text, start) ?? labelFirst(text, start);
}

function run(text: string, start: number): Hit[] | null {
  const lead = LEAD.exec(text.slice(start));
  if (lead === null) return null;
  const from = start + lead[0].length;
  const pieces: [number, string][] = [];
  let at = from;
  for (const cut of text.slice(from).matchAll(SEPARATOR)) {
    pieces.push([at, text.slice(at, from + cut.index)]);
    at = from + cut.index + cut[0].length;
  }
  pieces.push([at, text.slice(at)]);
  const items = pieces.map(([offset, piece]) => ({ offset, m: ITEM.exec(piece) }));
  if (items.length < 2 || items.some(({ m }) => m === null || year(m[1]))) return null;
  return items.map(({ offset, m }) =>
    hit({
      from: offset,
      to: offset + m![1].length,
      value: Number(m![1].replaceAll(",", "")),
      unit: "count",
      lead: lead[1].trim(),
      noun: m![3].trim(),
    })
  );
}

// "Total referrals 61": a lower-case plural ends the label ("Safer Streets 5" is a name).
function labelFirst(text: string, start: number): Hit[] {
  const m = LABEL_FIRST.exec(text.slice(start));
  if (m === null || year(m[2])) return [];
  const last = m[1].trim().split(/\s+/).at(-1)!;
  if (!/^[a-z][a-z'’-]*[^s]s$/.test(last) || REFERENCE_WORDS.has(last)) return [];
  const from = start + m[0].lastIndexOf(m[2]);
  return [
    hit({
      from,
      to: from + m[2].length,
      value: Number(m[2].replaceAll(",", "")),
      unit: "count",
      lead: m[1].trim(),
    }),
  ];
}

function year(digits: string): boolean {
  return /^(?:19|20)\d\d$/.test(digits);
}
