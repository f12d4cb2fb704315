/** A spread of measured times: how many, the median and the middle half (25th to 75th percentile). Pure. */
export interface Spread {
  n: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** The q-quantile by linear interpolation between closest ranks (what spreadsheets call PERCENTILE.INC). */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function spreadOf(values: readonly (number | null)[]): Spread {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return { n: sorted.length, median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75) };
}

export function meanOf(values: readonly (number | null)[]): { n: number; mean: number | null } {
  const given = values.filter((value): value is number => value !== null);
  return { n: given.length, mean: given.length ? Math.round((given.reduce((sum, value) => sum + value, 0) / given.length) * 100) / 100 : null };
}
