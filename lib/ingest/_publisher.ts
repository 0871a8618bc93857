// Private to lib/ingest: the body that wrote a response. Looked for, in order, in the letterhead
// (the lines before the reference, date or greeting), the signature block, the words "received
// by the …", and finally the organisation the text names most often.

const ORG_WORDS = new Set([
  "council",
  "commissioner",
  "constabulary",
  "police",
  "trust",
  "authority",
  "board",
  "department",
  "ministry",
  "agency",
  "office",
  "government",
  "executive",
  "service",
  "partnership",
  "nhs",
  "university",
  "college",
  "commission",
  "pcc",
  "opcc",
  "pfcc",
]);
// Bodies every response names in its complaints paragraph; they never wrote it.
const REGULATOR = /information commissioner|tribunal|freedom of information/i;
// A letterhead is the short lines at the top; it ends at the first line of prose.
const LETTERHEAD_WIDTH = 120;
const CONNECTORS = new Set(["of", "the", "and", "&", "for"]);
const SIGN_OFF =
  /^\W*(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+(?:regards|wishes)|regards|many\s+thanks|with\s+thanks)\b/i;
const HEAD_END = /\b(?:our\s+ref|your\s+ref|ref(?:erence)?\s*:|date\s*:|dear\b)/i;

/** The publisher's name, or null when the text names no organisation. */
export function publisherOf(texts: readonly string[]): string | null {
  const headEnd = texts.findIndex((t) => HEAD_END.test(t));
  // The letterhead's blocks (separated by blank lines) are read one by one, so a slogan below
  // it ("Your Communities - Your Commissioner") is not read into the name.
  const top = texts.slice(0, headEnd < 0 ? 8 : Math.min(headEnd, 12));
  const prose = top.findIndex((t) =>
    t.length > LETTERHEAD_WIDTH || (/[.!?]\s*$/.test(t) && t.split(/\s+/).length > 8)
  );
  const head = top.slice(0, prose < 0 ? top.length : prose).join("\n").split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " "));
  const signOff = texts.findIndex((t) => SIGN_OFF.test(t));
  const signature = signOff < 0 ? [] : texts.slice(signOff + 1, signOff + 10);
  const received = texts.map((t) => /\breceived by (?:the\s+)?([^.]{3,120}?)\s+on\b/i.exec(t)?.[1])
    .filter((t) => t !== undefined);
  const candidates = [
    ...head.flatMap(orgs),
    ...signature.flatMap(orgs),
    ...received.flatMap(orgs),
  ];
  const own = candidates.filter((c) => !REGULATOR.test(c));
  return own.find((c) => / for [A-Z]/.test(c)) ?? own[0] ?? mostNamed(texts);
}

function mostNamed(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const org of texts.flatMap(orgs)) counts.set(org, (counts.get(org) ?? 0) + 1);
  const ranked = [...counts]
    .filter(([org]) => org.split(" ").length >= 2 && !REGULATOR.test(org))
    .sort((a, b) => b[1] - a[1]);
  // Named once in passing is not enough to have written the letter.
  return ranked[0] && ranked[0][1] >= 2 ? ranked[0][0] : null;
}

/**
 * The organisation names in a text: a run of capitalised words (joined by of, the, and, &)
 * ending in its last organisation word, with the place it is "for" ("… Commissioner for
 * Leicester, Leicestershire & Rutland").
 */
function orgs(text: string): string[] {
  const words = text.replace(/\*\*/g, "").split(/\s+/).filter(Boolean).map(titleCase);
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    while (
      j < words.length && (capital(words[j]) || (j > i && CONNECTORS.has(words[j].toLowerCase())))
    ) {
      j++;
      // "Police, Fire and Crime Commissioner": a comma inside a list of capitalised words.
      const listed = /,$/.test(words[j - 1]) && capital(words[j] ?? "") &&
        words.slice(j, j + 3).some((w) => /^(?:and|&)$/i.test(w));
      if (/[,.;:)]$/.test(words[j - 1]) && !listed) break;
    }
    let last = j - 1;
    while (last >= i && !ORG_WORDS.has(bare(words[last]))) last--;
    if (last >= i) {
      let from = i;
      while (from < last && CONNECTORS.has(words[from].toLowerCase())) from++;
      const name = [...words.slice(from, last), words[last].replace(/['’]s$|[,.;:)]+$/g, "")];
      found.push([...name, ...placeAfter(words, last + 1)].join(" ").replace(/[,.;:]+$/, ""));
    }
    i = Math.max(j, i + 1);
  }
  return found.filter((name) => name.split(" ").length >= 2);
}

// "Commissioner for Leicester, Leicestershire & Rutland", "… for Wessex Vale": places of one or
// more capitalised words, joined by commas, & or and.
function placeAfter(words: string[], at: number): string[] {
  if (!/^(?:for|of)$/i.test(words[at] ?? "") || !capital(words[at + 1] ?? "")) return [];
  const out = [words[at], words[at + 1]];
  for (let k = at + 2; k < words.length && out.length < 10; k++) {
    const previous = out.at(-1)!;
    const joined = /,$/.test(previous) || /^(?:&|and)$/i.test(previous) ||
      /^(?:&|and)$/i.test(words[k]) || (capital(previous) && !/[,.;:]$/.test(previous));
    if (!joined || !(capital(words[k]) || /^(?:&|and)$/i.test(words[k]))) break;
    out.push(words[k]);
  }
  while (/^(?:&|and)$/i.test(out.at(-1)!)) out.pop();
  return out;
}

function capital(word: string): boolean {
  return /^[A-Z(]/.test(word) && !/^[A-Z][a-z]*:$/.test(word);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, "").replace(/[^a-z&]/g, "");
}

// Letterheads shout ("POLICE & CRIME COMMISSIONER"); names are reported in title case.
function titleCase(word: string): string {
  return /^[A-Z&]{4,}[,.;:]?$/.test(word) && !/^(?:OPCC|NHSE?|PCC)$/.test(word)
    ? word[0] + word.slice(1).toLowerCase()
    : word;
}
