// Private to lib/ingest: counts that the layout labels rather than the words after them: a list
// entry or answer line "Referrals: 105", "2022/23 – 145", "Q3: <5", "Answer: 23", and "the number
// of referrals was 105". Money and percentages are found by their own signs; these add counts
// and withheld values.
import { type Hit, hit, withheldCount } from "./_hit.ts";
import { readCell } from "./_read_cell.ts";
import { QUALIFIER_WORDS, qualifiersOf } from "./_words.ts";

const BULLET = /^\s*(?:[-*+•·▪◦●]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))?\s*/i;
const ENTRY =
  /^(.{2,90}?)\s*(?::|–|—|=|\s-\s)\s*((?:(?:fewer|less) than\s+)?[^\s:]+)\s*(\([^)]*\))?\s*\.?\s*$/;
// A comma or semicolon starts another entry only right after an entry's value ("Q1: 352, Q2: 284").
const NEXT_ENTRY = /(?<=:\s*[^\s,;]+)[;,]\s+(?=[^,;:]{1,40}:\s*\S)/g;
// Labels whose value is a reference, a date or an age, not a count ("Tel: 0115…", "Age: 17").
const NOT_A_LABEL =
  /^(?:our |your |foi |my )?(?:ref(?:erence)?(?:\s+(?:no\.?|number))?|date|tel|telephone|phone|fax|mobile|page|section|question|case(?:\s+(?:no\.?|number|ref))?|request(?:\s+(?:no\.?|number|ref))?|postcode|e-?mail|time|age[sd]?|no|number|version|ext|year|yr|quarter|period|week|day|month)\.?$/i;
const NUMBER_OF = new RegExp(
  String
    .raw`\bnumber of ([^.;:]{2,80}?)\s+(?:was|is|were|are|totalled|totaled|stood at|came to|amounted to)\s+((?:\b(?:${QUALIFIER_WORDS})\s*){0,2})(\d{1,3}(?:,\d{3})+|\d+)(?![\w%£]|[.,/:]\d)`,
  "gi",
);

/** The counts and withheld values the layout of a line labels. */
export function findStated(text: string): Hit[] {
  return [...entries(text), ...numberOf(text)];
}

// A line may hold several entries: "Q1: 352, Q2: 284, Q3: 331".
function entries(text: string): Hit[] {
  const start = BULLET.exec(text)![0].length;
  const segments: [number, number][] = [];
  let from = start;
  for (const cut of text.slice(start).matchAll(NEXT_ENTRY)) {
    segments.push([from, start + cut.index]);
    from = start + cut.index + cut[0].length;
  }
  segments.push([from, text.length]);
  return segments.flatMap(([a, b]) => entry(text.slice(a, b), a));
}

// An entry is a short label and one value; a longer stretch of text is not one.
const ENTRY_WIDTH = 200;

function entry(part: string, offset: number): Hit[] {
  const m = part.length > ENTRY_WIDTH ? null : ENTRY.exec(part);
  if (!m) return [];
  const [, lead, value] = m;
  if (NOT_A_LABEL.test(lead.trim()) || /^(?:19|20)\d\d$|^0\d/.test(value)) return [];
  const reading = readCell(value);
  const from = offset + m[0].indexOf(value, lead.length);
  const to = from + value.length;
  if (reading.kind === "missing" && reading.suppressed) {
    return [withheldCount(from, to, value, { lead })];
  }
  if (reading.kind !== "count") return [];
  const { value: n, bound, warning } = reading;
  return [hit({ from, to, value: n, unit: "count", bound, warning, lead: lead.trim() })];
}

function numberOf(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(NUMBER_OF)) {
    const [whole, subject, qualifiers, digits] = m;
    if (/^(?:19|20)\d\d$/.test(digits)) continue;
    const to = m.index + whole.length;
    const from = to - digits.length - qualifiers.length;
    const { approximate, bound } = qualifiersOf(qualifiers);
    hits.push(hit({
      from,
      to,
      value: Number(digits.replaceAll(",", "")),
      unit: "count",
      approximate,
      bound,
      lead: subject.replace(/\s+(?:in|for|during)\s+.*$/i, "").trim(),
    }));
  }
  return hits;
}
