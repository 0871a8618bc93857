// Private to lib/analysis: how many decimals a stated figure is written to, which the tolerance
// rule (statedTolerance) and the granularity test (grimCheck) both read from the figure itself.

/** The fewest decimals (at most 15) that write a number back exactly: 26.5 → 1, 1000 → 0. */
export function placesOf(value: number): number {
  let places = 0;
  while (places < 15 && Number(value.toFixed(places)) !== value) places++;
  return places;
}
