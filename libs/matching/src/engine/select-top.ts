import { Pool } from './match-facts';

export interface ScoredCandidate {
  profileId: string;
  pool: Pool;
  /** The fit, 0-100. */
  score: number;
  /** Ordering points on top of the fit (the Max-WW band); never shown as score. */
  priority: number;
}

export interface SelectedCandidate extends ScoredCandidate {
  rank: number;
  /** Placed to give a pool its minimum share, above higher-scoring candidates of the other pool. */
  balanced: boolean;
}

/**
 * Highest score with its priority first; then the better fit (a priority never puts a candidate above an equal
 * one); equal ones by profile id, so the same input always gives the same list.
 */
export function byScore(a: ScoredCandidate, b: ScoredCandidate): number {
  return (
    b.score + b.priority - (a.score + a.priority) ||
    b.score - a.score ||
    (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0)
  );
}

/**
 * The top list of a vacancy: the best `size` candidates, except that each pool gets at least `minimumShare`
 * of the places when it has that many candidates (all given candidates are above the minimum score). The
 * lowest-ranked places of the other pool make room, and the candidates who take them are marked `balanced`.
 */
export function selectTop<T extends ScoredCandidate>(
  candidates: readonly T[],
  size: number,
  minimumShare: number,
): (T & SelectedCandidate)[] {
  // Only a pool's best `size` can reach the list (the best overall, or promoted within their pool's quota).
  const leaders = new PoolLeaders<T>(size);
  for (const candidate of candidates) leaders.offer(candidate);
  const sorted = leaders.all().sort(byScore);
  const chosen = new Set(sorted.slice(0, size));
  const balanced = new Set<T>();
  const quota = Math.ceil(size * minimumShare);
  for (const pool of ['UWV', 'MUNICIPALITY'] as const) {
    let have = [...chosen].filter((c) => c.pool === pool).length;
    const waiting = sorted.filter((c) => c.pool === pool && !chosen.has(c));
    while (have < quota && waiting.length > 0) {
      // The lowest-ranked chosen candidate of the other pool makes room.
      const other = [...chosen]
        .filter((c) => c.pool !== pool && !balanced.has(c))
        .sort(byScore)
        .at(-1);
      if (!other) break;
      chosen.delete(other);
      const promoted = waiting.shift()!;
      chosen.add(promoted);
      balanced.add(promoted);
      have += 1;
    }
  }
  return [...chosen].sort(byScore).map((c, index) => ({ ...c, rank: index + 1, balanced: balanced.has(c) }));
}

/**
 * The best `size` candidates of each pool, kept as candidates come one by one (best first, in a sorted list of
 * at most `size` per pool): only these can reach a top list, so the thousands of others are never sorted or kept.
 */
export class PoolLeaders<T extends ScoredCandidate> {
  private readonly kept: Record<Pool, T[]> = { UWV: [], MUNICIPALITY: [] };

  constructor(private readonly size: number) {}

  offer(candidate: T): void {
    const kept = this.kept[candidate.pool];
    const { size } = this;
    if (kept.length === size && byScore(candidate, kept[size - 1]) >= 0) return;
    let at = kept.length;
    while (at > 0 && byScore(candidate, kept[at - 1]) < 0) at -= 1;
    kept.splice(at, 0, candidate);
    if (kept.length > size) kept.pop();
  }

  /** Both pools' leaders, each pool best first. */
  all(): T[] {
    return [...this.kept.UWV, ...this.kept.MUNICIPALITY];
  }
}
