// The digits of a number, rounded to a number of decimal places, private to lib/format.
//
// Why our own rounding rather than Number.prototype.toFixed or Intl.NumberFormat: both round the
// binary value, which is a hair off most decimals, so 0.15 to one place is "0.1", 1.005 to two is
// "1.00" and 2.675 is "2.67", while a reader rounding the figure as it is printed gets 0.2, 1.01
// and 2.68. We round the shortest decimal JavaScript prints for the number (String(x), the digits
// a table of raw values shows), half away from zero, in BigInt so no digit is lost.

/** A non-negative number's digits before and after the point, without an exponent. */
export interface Digits {
  whole: string;
  fraction: string;
}

/** The shortest decimal for a non-negative finite number, written out in full (1e21, 1e-7 too). */
export function decimalDigits(size: number): Digits {
  const text = String(size);
  const [mantissa, exponent] = text.split("e");
  if (exponent === undefined) {
    const [whole, fraction = ""] = mantissa.split(".");
    return { whole, fraction };
  }
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const at = (point === -1 ? mantissa.length : point) + Number(exponent);
  if (at <= 0) return { whole: "0", fraction: "0".repeat(-at) + digits };
  if (at >= digits.length) return { whole: digits + "0".repeat(at - digits.length), fraction: "" };
  return { whole: digits.slice(0, at), fraction: digits.slice(at) };
}

/** A non-negative number rounded to `places` decimals, half away from zero. */
export function roundDigits(size: number, places: number): Digits {
  const { whole, fraction } = decimalDigits(size);
  if (fraction.length <= places) return { whole, fraction: fraction.padEnd(places, "0") };
  let kept = BigInt(whole + fraction.slice(0, places));
  if (fraction[places] >= "5") kept += 1n;
  const text = kept.toString().padStart(places + 1, "0");
  return { whole: text.slice(0, text.length - places), fraction: text.slice(text.length - places) };
}

/** The whole part with a comma between each group of three digits: `4,654,011`. */
export function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
