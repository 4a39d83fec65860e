/**
 * Small-cell suppression for published counts. A count below the threshold is never shown (primary
 * suppression). Because totals are published too, a lone hidden cell could be recovered by subtraction
 * (total minus the visible cells), so every published sum must hide either none or at least two of its
 * members (secondary suppression): the smallest visible member is hidden next, until that holds everywhere.
 * Counts are never rounded; what is shown is exact.
 */
export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
}

/** `total` is published as the sum of `parts` (indexes of cells in one table). */
interface SumConstraint {
  total: number;
  parts: readonly number[];
}

export class SuppressedTable {
  private readonly values: number[] = [];
  private readonly constraints: SumConstraint[] = [];

  /** Adds a count; returns its index for `sum` and `read`. */
  cell(value: number): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  /** Declares that the cell `total` is published as the sum of the cells `parts`. */
  sum(total: number, parts: readonly number[]): void {
    if (parts.length > 0) this.constraints.push({ total, parts });
  }

  /** Applies primary and secondary suppression; the result reads each cell as published. */
  suppress(threshold: number): (index: number) => PublishedCount {
    const hidden = this.values.map((value) => value < threshold);
    for (let changed = true; changed;) {
      changed = false;
      for (const { total, parts } of this.constraints) {
        const members = [total, ...parts];
        if (members.filter((index) => hidden[index]).length !== 1) continue;
        hidden[this.smallestVisible(parts, hidden) ?? total] = true;
        changed = true;
      }
    }
    return (index) =>
      hidden[index] ? { value: null, suppressed: true } : { value: this.values[index], suppressed: false };
  }

  /** The visible part with the smallest count (the first such on a tie, so the result is deterministic). */
  private smallestVisible(parts: readonly number[], hidden: boolean[]): number | undefined {
    let chosen: number | undefined;
    for (const index of parts) {
      if (!hidden[index] && (chosen === undefined || this.values[index] < this.values[chosen])) chosen = index;
    }
    return chosen;
  }
}

export interface PublishedShare {
  /** Percentage, one decimal. */
  value: number | null;
  suppressed: boolean;
}

/** A percentage over published counts: hidden when either count is hidden, absent when there is nothing to share. */
export function shareOf(part: PublishedCount, whole: PublishedCount): PublishedShare {
  if (part.suppressed || whole.suppressed) return { value: null, suppressed: true };
  if (!whole.value) return { value: null, suppressed: false };
  return { value: Math.round((part.value! / whole.value) * 1000) / 10, suppressed: false };
}
