// Private to lib/ingest: the word lists behind the rule for which numbers are figures (see
// `ingest()`'s documentation). Kept in one place so the rule can be read and reviewed as a whole.
import { parseMoney } from "../parse/money.ts";

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Words after which a number is a reference, not a count (`Section 17`, `Year 6`, `Round 5`). */
export const REFERENCE_WORDS: ReadonlySet<string> = set(`
  section sections s article articles regulation regulations reg paragraph paragraphs para page
  pages part parts schedule schedules appendix annex annexe table tables figure fig chapter
  question questions q item items point points no nos number ref reference version option
  options priority objective objectives category band grade stage tier level phase round step
  steps year years yr ward area zone unit room floor flat route line lines act rule clause
  aged age ages tel telephone phone fax mobile ext extension box po suite house quarter week covid
  day class group standard iso cohort key footnote note notes`);

/** Words that cannot start the noun a count is of: function words, verbs, units and time. */
export const STOP_WORDS: ReadonlySet<string> = set(`
  a an the and or but nor of to in on at by for from with within without into onto over under
  above below between through during before after since until till per via as than then so if
  is are was were be been being am has have had do does did will would shall should can could
  may might must not no yes it its this that these those which who whom whose what where when
  while there here they them their we our us you your he she his her i me my all any each
  every both either neither more most less least only also just plus minus times x percent
  cent pence p pounds st nd rd th pm yr yrs olds old year years month months week weeks day
  days hour hours hrs minute minutes mins second seconds ft m km cm mm kg g mg miles mile
  metres meters etc ie eg inclusive respectively onwards approx out up down off back again
  further once twice total totals other others such same own each one ones two three four
  five six seven eight nine ten thousand million billion hundred dozen thirds quarters halves
  period periods occasion occasions`);

/** Month names and their short forms: a number next to one is a day of the month. */
export const MONTHS: ReadonlySet<string> = set(`
  january february march april may june july august september october november december jan
  feb mar apr jun jul aug sep sept oct nov dec`);

/** Nouns that make `N years` / `N-month` the length of something (a contract, a project). */
export const DURATION_NOUNS: ReadonlySet<string> = set(`
  contract contracts project projects programme programmes program term terms agreement
  agreements period periods grant grants funding extension extensions deal plan strategy
  pilot pilots lease commitment commission service services arrangement framework partnership`);

/** Subjects too general to label a figure alone (`spend is £x`): the topic is put before them. */
export const GENERIC_SUBJECTS: ReadonlySet<string> = set(`
  spend spending cost costs budget budgets funding value values total totals amount amounts
  figure figures sum it this that which contribution contributions allocation allocations
  expenditure income grant grants price payment payments fee fees money overall annual cost
  additional extra further uplift
  current anticipated expected estimated approximate`);

/**
 * The words in front of an amount that make it approximate or a bound, as one alternation for a
 * regular expression. They are the words `parseMoney` reads; {@linkcode qualifiersOf} asks it.
 */
export const QUALIFIER_WORDS: string = String
  .raw`up to|less than|under|below|no more than|not more than|at most|more than|over|above|at least|in excess of|no less than|not less than|circa|approximately|approx\.?|around|about|roughly|nearly|almost|ca\.|c\.`;

/** What qualifier words say, read by `parseMoney` so there is one reading of them. */
export function qualifiersOf(
  words: string,
): { approximate: boolean; bound: "upper" | "lower" | null } {
  if (words.trim() === "") return { approximate: false, bound: null };
  try {
    const { approximate, bound } = parseMoney(`${words.trim()} 1`);
    return { approximate, bound };
  } catch {
    return { approximate: false, bound: null };
  }
}
