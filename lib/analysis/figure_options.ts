/**
 * Options naming the columns every figure dataset shares. Each defaults to our datasets' name;
 * the optional ones are used when the table has them (an explicitly named one must exist).
 */
export interface FigureColumnOptions {
  /** The numeric column; default `"value"`. Its cells must be numbers or null, never NaN. */
  value?: string;
  /** The boolean column marking approximate (`c£`) figures; default `"approximate"`. */
  approximate?: string;
  /** The column saying a figure is an `"upper"` or `"lower"` bound; default `"bound"`. */
  bound?: string;
  /** The column saying why a value is null; default `"missing_reason"`. */
  missingReason?: string;
}

/** Options naming the columns of a table of counts; `value: null` counts rows instead. */
export interface CountColumnOptions extends Omit<FigureColumnOptions, "value" | "bound"> {
  /** The count column; default `"value"`. `null` counts rows (one per person or referral). */
  value?: string | null;
}
