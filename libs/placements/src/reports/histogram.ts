/** How many times each value occurs: a report reads these instead of one row per placement. */
export interface HistogramBin {
  value: number;
  count: number;
}

/** The median (as percentile_cont(0.5): the mean of the middle two of an even count) of a histogram. */
export function medianOfHistogram(bins: readonly HistogramBin[]): number | null {
  const sorted = [...bins].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const bin of sorted) {
      seen += bin.count;
      if (position < seen) return bin.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2;
}
