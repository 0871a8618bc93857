// Private to lib/parse: building a quarter, shared by parseQuarter and quarterOf.
import type { FinancialYear } from "./financial_year.ts";
import type { FinancialQuarter } from "./quarter.ts";

// Q1 April-June, Q2 July-September, Q3 October-December, Q4 January-March of the next year.
const FIRST_MONTH = [4, 7, 10, 1];
const LAST_DAY = ["06-30", "09-30", "12-31", "03-31"];

/** The quarter (1-4) of a financial year, with its first and last days. */
export function makeQuarter(year: FinancialYear, quarter: 1 | 2 | 3 | 4): FinancialQuarter {
  const calendarYear = quarter === 4 ? year.startYear + 1 : year.startYear;
  const month = String(FIRST_MONTH[quarter - 1]).padStart(2, "0");
  return {
    financialYear: year.label,
    quarter,
    label: `Q${quarter}`,
    start: `${calendarYear}-${month}-01`,
    end: `${calendarYear}-${LAST_DAY[quarter - 1]}`,
  };
}

/** The quarter a calendar month (1-12) falls in. */
export function quarterOfMonth(month: number): 1 | 2 | 3 | 4 {
  return month <= 3 ? 4 : month <= 6 ? 1 : month <= 9 ? 2 : 3;
}
