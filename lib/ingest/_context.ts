// Private to lib/ingest: what surrounds each line of prose — the heading it sits under, the topic
// its paragraph opens with ("Immediate Justice – the PCC will…"), whether it is a list item and
// what introduced the list, and the last question asked — so figures can be labelled by subject.
import type { TextLine } from "./_lines.ts";

/** The surroundings of one line. */
export interface LineContext {
  heading: string | null;
  /** How many lines above the heading is (0 for a heading line itself). */
  headingDistance: number;
  topic: string | null;
  /** True when the topic opens its paragraph with a dash ("Safer Streets 5 – Three projects"). */
  dashTopic: boolean;
  /** The paragraph the line belongs to, counted from 0; each list item is one of its own. */
  paragraph: number;
  list: boolean;
  /** The item's text after its bullet, for list items. */
  item: string | null;
  /** Where the item's text starts on the line. */
  itemStart: number;
  listHeading: string | null;
  question: string | null;
}

const BULLET = /^(\s*(?:[-*+•·▪◦●]|\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))\s+)/i;
const INLINE_TOPIC = /^\s*(?:[-*•·]\s*)?(?:\*\*)?([A-Z][^–—:.!?]{1,70}?)(?:\*\*)?\s+[–—-]\s+\S/;
// Words that structure a letter rather than name a subject: never headings for a figure's label.
const STRUCTURE =
  /^(?:dear\b.*|name|e-?mail|date|answers?|responses?|reply|you asked|request|information requested|yours (?:sincerely|faithfully),?|signed|note|notes|(?:re:?\s*)?(?:request under the\s+)?(?:freedom of information|environmental information regulations)\b.*)$/i;
const QUESTION_REACH = 8;
const LETTER_BODY = /^\W*(?:dear\b|our ref|your ref|date\s*:)/i;
const LIST_INTRO = /^(?:the following|please|these|this|it|they|we|our|there)\b/i;
const NOT_A_TOPIC =
  /^(?:in|on|at|for|during|from|by|with|as|since|after|before|following|under|between|dear|yours|thank|please|if|when|where|while|although|however|therefore|also)\b/i;
const LEAD_TOPIC = /^\s*([A-Z][\w&'’/]*(?:\s+[A-Z0-9][\w&'’/]*){1,7}),\s/;

/** The heading a line is, or null: `# Title`, `**Title**`, `Title –`, `Title:`, or a short title. */
function headingOf(text: string, nextBlank: boolean): string | null {
  const t = text.trim();
  const md = /^#{1,6}\s+(.+)$/.exec(t) ?? /^\*\*([^*]+)\*\*:?$/.exec(t);
  if (md) return clean(md[1]);
  if (BULLET.test(text) || t.length > 90 || t.length < 2) return null;
  const dashed = /^(.+?)\s*[–—-]\s*$/.exec(t);
  if (dashed && STRUCTURE.test(dashed[1])) return null;
  if (dashed && dashed[1].split(/\s+/).length <= 12) return clean(dashed[1]);
  // "Long term committed activity:" heads a section; "The following services are funded:" only
  // introduces a list.
  const colon = /^(.+?):$/.exec(t);
  if (
    colon && !STRUCTURE.test(colon[1]) && colon[1].split(/\s+/).length <= 5 &&
    !LIST_INTRO.test(colon[1])
  ) {
    return clean(colon[1]);
  }
  if (colon || /^[^:]{1,30}:\s+\S/.test(t)) return null;
  const words = t.split(/\s+/);
  if (STRUCTURE.test(t)) return null;
  // A short line on its own, in capitals or a year and words ("2021-22 outcomes").
  const opening = /^[A-Z]/.test(t) ||
    /^(?:19|20)\d\d(?:[/\-–]\d{2,4})?\s+[A-Za-z][A-Za-z ]*$/.test(t);
  if (nextBlank && words.length <= 8 && opening && !/[.,;?!]$/.test(t) && t.length > 2) {
    return clean(t);
  }
  return null;
}

function clean(text: string): string {
  return text.replace(/\*\*/g, "").replace(/\s*[:–—-]\s*$/, "").trim();
}

/** The context of every line (by index); lines in `skip` (tables) end paragraphs. */
export function lineContexts(lines: readonly TextLine[], skip: readonly boolean[]): LineContext[] {
  const out: LineContext[] = [];
  const state = {
    heading: null as string | null,
    headingAt: -1,
    topic: null as string | null,
    dashTopic: false,
    paragraph: -1,
  };
  let listHeading: string | null = null;
  let question: string | null = null;
  let asked = 0;
  let last = "";
  let gap = true;
  // A letterhead's lines ("Leicestershire & Rutland") look like titles but head nothing.
  const letterEnd = lines.findIndex((line) => LETTER_BODY.test(line.text));
  lines.forEach((line, i) => {
    const text = skip[i] ? "" : line.text;
    const bullet = BULLET.exec(text);
    if (text.trim() === "") gap = true;
    else {
      // A line carrying on a sentence cut by a blank line (a page break) stays in its paragraph.
      const continues = last !== "" && !/[.!?:]\s*$/.test(last) && /^\s*[a-z]/.test(text);
      if (bullet || (gap && !continues)) {
        const item = bullet ? text.slice(bullet[1].length) : text;
        state.topic = topicOf(item);
        state.dashTopic = state.topic !== null && INLINE_TOPIC.test(item) &&
          !NOT_A_TOPIC.test(state.topic) && !/[()]/.test(state.topic);
        state.paragraph++;
      }
      const nextBlank = (lines[i + 1]?.text.trim() ?? "") === "" || !!skip[i + 1];
      const own = i < letterEnd && !/^\s*#/.test(text) ? null : headingOf(text, nextBlank);
      if (own) [state.heading, state.headingAt] = [own, i];
      if (!bullet && /:\s*$/.test(text)) listHeading = clean(text.trim());
      last = text;
      gap = false;
    }
    out.push({
      heading: state.heading,
      headingDistance: state.headingAt < 0 ? 0 : i - state.headingAt,
      topic: state.topic,
      dashTopic: state.dashTopic,
      paragraph: state.paragraph,
      list: bullet !== null,
      item: bullet ? text.slice(bullet[1].length) : null,
      itemStart: bullet ? bullet[1].length : 0,
      listHeading,
      question,
    });
    if (/\?\s*$/.test(text)) [question, asked] = [text.trim(), i];
    // A question labels the answers just below it, not the rest of the letter.
    if (question !== null && i - asked > QUESTION_REACH) question = null;
  });
  return out;
}

function topicOf(text: string): string | null {
  const inline = INLINE_TOPIC.exec(text);
  if (inline && inline[1].split(/\s+/).length <= 8) return inline[1].trim();
  const lead = LEAD_TOPIC.exec(text);
  // "In August 2022, …" opens with when, not what.
  if (!lead || NOT_A_TOPIC.test(lead[1]) || /\d/.test(lead[1])) return null;
  return lead[1];
}
