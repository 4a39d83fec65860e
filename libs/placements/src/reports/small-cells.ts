/**
 * Small-cell suppression for published counts. A count from 1 to below the threshold is never shown (primary
 * suppression). A 0 describes nobody and is shown, unless it is part of a sum whose total is such a small count:
 * beside it, the 0 would tell what the few behind that total have in common. Because totals are published too,
 * a lone hidden cell could be recovered by subtraction (total minus the visible cells), so every published sum
 * must hide either none or at least two of its members (secondary suppression): the smallest visible member is
 * hidden next, until that holds everywhere. Counts are never rounded; what is shown is exact.
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
    const hidden = this.primarySuppression(threshold);
    this.secondarySuppression(hidden);
    return (index) =>
      hidden[index] ? { value: null, suppressed: true } : { value: this.values[index], suppressed: false };
  }

  /** Counts from 1 to below the threshold, and the 0s beside such a count's total. */
  private primarySuppression(threshold: number): boolean[] {
    const small = (index: number) => this.values[index] > 0 && this.values[index] < threshold;
    const besideSmall = new Set<number>();
    for (const { total, parts } of this.constraints) {
      if (!small(total)) continue;
      for (const part of parts) if (this.values[part] === 0) besideSmall.add(part);
    }
    // A 0 that a visible total of 0 already shows to be 0 (an organisation without any cohort) hides nothing.
    for (const { total, parts } of this.constraints) {
      if (this.values[total] === 0 && !besideSmall.has(total)) for (const part of parts) besideSmall.delete(part);
    }
    return this.values.map((_, index) => small(index) || besideSmall.has(index));
  }

  /** Until no published sum has exactly one hidden member, hides one more member of each that has. */
  private secondarySuppression(hidden: boolean[]): void {
    // Per part, the totals of 0 it belongs to: while one of them is visible, the part is known to be 0.
    const zeroTotals = new Map<number, number[]>();
    for (const { total, parts } of this.constraints) {
      if (this.values[total] !== 0) continue;
      for (const part of parts) zeroTotals.set(part, [...(zeroTotals.get(part) ?? []), total]);
    }
    const knownZero = (part: number) => zeroTotals.get(part)?.some((zero) => !hidden[zero]) ?? false;
    for (let changed = true; changed;) {
      changed = false;
      for (const { total, parts } of this.constraints) {
        if ([total, ...parts].filter((index) => hidden[index]).length !== 1) continue;
        // Not a 0 while a count will do: with another visible 0 beside it, a hidden 0 would give itself away;
        // and never a 0 that a visible total of 0 shows anyway: then the total goes.
        const candidates = parts.filter((part) => !knownZero(part));
        const next =
          this.smallestVisible(candidates, hidden, true) ?? this.smallestVisible(candidates, hidden, false) ?? total;
        if (hidden[next]) continue;
        hidden[next] = true;
        changed = true;
      }
    }
  }

  /** The visible part with the smallest count (the first such on a tie, so the result is deterministic). */
  private smallestVisible(parts: readonly number[], hidden: boolean[], nonZero: boolean): number | undefined {
    let chosen: number | undefined;
    for (const index of parts) {
      if (hidden[index] || (nonZero && this.values[index] === 0)) continue;
      if (chosen === undefined || this.values[index] < this.values[chosen]) chosen = index;
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
