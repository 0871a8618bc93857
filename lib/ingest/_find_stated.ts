// Private to lib/ingest: counts that the layout labels rather than the words after them: a list
// entry or answer line "Referrals: 105", "2022/23 – 145", "Q3: <5", "Answer: 23", and "the number
// of referrals was 105". Money and percentages are found by their own signs; these add counts
// and withheld values.
import { type Hit, hit } from "./_hit.ts";
import { readCell } from "./_read_cell.ts";
import { QUALIFIER_WORDS, qualifiersOf } from "./_words.ts";

const BULLET = /^\s*(?:[-*+•·▪◦●]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))?\s*/i;
const ENTRY =
  /^(.{2,90}?)\s*(?::|–|—|=|\s-\s)\s*((?:(?:fewer|less) than\s+)?[^\s:]+)\s*(\([^)]*\))?\s*\.?\s*$/;
const NOT_A_LABEL =
  /^(?:our |your |foi |my )?(?:ref(?:erence)?|date|tel|telephone|phone|fax|mobile|page|section|question|q\d+|case|request|postcode|e-?mail|time|age[sd]?|no|number|version|ext)\b/i;
const NUMBER_OF = new RegExp(
  String
    .raw`\bnumber of ([^.;:]{2,80}?)\s+(?:was|is|were|are|totalled|totaled|stood at|came to|amounted to)\s+((?:\b(?:${QUALIFIER_WORDS})\s*){0,2})(\d{1,3}(?:,\d{3})+|\d+)(?![\w%£]|[.,/:]\d)`,
  "gi",
);

/** The counts and withheld values the layout of a line labels. */
export function findStated(text: string): Hit[] {
  return [...entry(text), ...numberOf(text)];
}

function entry(text: string): Hit[] {
  const bullet = BULLET.exec(text)![0];
  const m = ENTRY.exec(text.slice(bullet.length));
  if (!m) return [];
  const [, lead, value] = m;
  if (NOT_A_LABEL.test(lead.trim()) || /^(?:19|20)\d\d$|^0\d/.test(value)) return [];
  const reading = readCell(value);
  const from = bullet.length + m[0].indexOf(value, lead.length);
  const to = from + value.length;
  if (reading.kind === "missing" && reading.suppressed) {
    return [
      hit({
        from,
        to,
        value: null,
        unit: "count",
        suppressed: true,
        missing_reason: `Suppressed (${value})`,
        lead,
      }),
    ];
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
