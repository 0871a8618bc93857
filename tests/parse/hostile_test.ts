// The parsers on hostile input (issue 17, item 10): number syntaxes JavaScript reads but
// documents do not write are refused, and a two-digit year follows a documented century rule.
import assert from "node:assert/strict";
import { parseCount, parseFinancialYear, parseMoney, parsePercent } from "../../lib/parse/mod.ts";

Deno.test("parseMoney(), parseCount() and parsePercent() read no hexadecimal, octal, binary or exponent", () => {
  for (const text of ["0x10", "n=0x10", "0o17", "0b11", "1e3", "Infinity", "1_000"]) {
    assert.throws(() => parseMoney(text), SyntaxError, text);
    assert.throws(() => parseMoney(`£${text}`), SyntaxError, text);
    assert.throws(() => parseCount(text), SyntaxError, text);
    assert.throws(() => parsePercent(`${text}%`), SyntaxError, text);
  }
});

Deno.test("parseFinancialYear() reads a two-digit year by the POSIX rule: 79/80 is 1979-80, never 2079-80", () => {
  assert.equal(parseFinancialYear("79/80").label, "1979-80");
  assert.equal(parseFinancialYear("69/70").startYear, 1969);
  assert.equal(parseFinancialYear("68/69").startYear, 2068);
  assert.equal(parseFinancialYear("24/25").startYear, 2024);
});
