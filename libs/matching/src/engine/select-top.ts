import { Pool } from './match-facts';

export interface ScoredCandidate {
  profileId: string;
  pool: Pool;
  score: number;
}

export interface SelectedCandidate extends ScoredCandidate {
  rank: number;
  /** Placed to give a pool its minimum share, above higher-scoring candidates of the other pool. */
  balanced: boolean;
}

/** Highest score first; equal scores by profile id, so the same input always gives the same list. */
export function byScore(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0);
}

/**
 * The top list of a vacancy: the best `size` candidates, except that each pool gets at least `minimumShare`
 * of the places when it has that many candidates (all given candidates are above the minimum score). The
 * lowest-ranked places of the other pool make room, and the candidates who take them are marked `balanced`.
 */
export function selectTop(
  candidates: readonly ScoredCandidate[],
  size: number,
  minimumShare: number,
): SelectedCandidate[] {
  const sorted = [...candidates].sort(byScore);
  const chosen = new Set(sorted.slice(0, size));
  const balanced = new Set<ScoredCandidate>();
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
