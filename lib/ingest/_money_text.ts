// Private to lib/ingest: reading one amount of money, repairing the slips FOI responses are known
// to contain only when the intended amount is certain, and saying so. Anything else is refused
// with parseMoney's own message.
import { formatValue } from "../format/format_value.ts";
import { parseMoney } from "../parse/money.ts";
import type { Money } from "../parse/money.ts";

/** An amount read, with the warning that quotes what was repaired, or why it was refused. */
export type MoneyReading =
  | { ok: true; money: Money; scale: number; warning: string | null }
  | { ok: false; message: string };

const SCALE_WORDS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const SUPERSCRIPTS = /[¹²³⁰⁴-⁹]+$/;

// Each repair: the slip it fixes, the fix, and the reason given in the warning.
const REPAIRS: [RegExp, string, string][] = [
  [/££+/, "£", "the £ sign is repeated"],
  [/(\d),\s+(?=\d{3}(?!\d))/g, "$1,", "a space follows a thousands comma"],
  [/(\d)\s(?=\d{3}(?!\d))/g, "$1,", "a space separates the thousands"],
  [SUPERSCRIPTS, "", "a footnote marker follows the number"],
  [/(\d)[a-z]{2,}$/i, "$1", "text is glued to the number"],
];

/** Reads an amount such as `c£800,000`, `£2.765m` or `435` in a `(£000)` column. */
export function readMoney(text: string, scale = 1): MoneyReading {
  const trimmed = text.trim();
  const direct = attempt(trimmed, scale);
  if (direct.ok) return direct;
  let repaired = trimmed;
  const reasons: string[] = [];
  for (const [slip, fix, reason] of REPAIRS) {
    const next = repaired.replace(slip, fix);
    if (next !== repaired) reasons.push(reason);
    repaired = next;
  }
  const second = reasons.length > 0 ? attempt(repaired, scale) : direct;
  if (!second.ok) return direct;
  const amount = formatValue(second.money.value, "gbp");
  const warning = `Read "${trimmed}" as ${amount}: ${reasons.join(", ")}`;
  return { ...second, warning };
}

function attempt(text: string, scale: number): MoneyReading {
  try {
    const money = parseMoney(text, { scale });
    return { ok: true, money, scale: writtenScale(text) ?? scale, warning: null };
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError) {
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

/** The multiplier a scale word in the text applies (`£25k` → 1000), or null when none. */
function writtenScale(text: string): number | null {
  const word = /\d\s*([a-z]+)\s*$/i.exec(text)?.[1]?.toLowerCase();
  return word === undefined ? null : SCALE_WORDS[word] ?? null;
}
