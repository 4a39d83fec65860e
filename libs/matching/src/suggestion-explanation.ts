import { MatchingWeights } from './engine/matching-config';
import { ComponentName } from './engine/score-match';
import { ScoreComponent } from './dto/suggestion.models';
import { FitFacts, fitLines } from './fit-facts';

/** As stored in `suggestion.components`; `fit` since engine version 2. */
export type StoredComponents = Record<ComponentName, number | null> & {
  maxWwBonus: number;
  distanceKm: number;
  weights: MatchingWeights;
  fit?: FitFacts;
};

const LABELS: Record<ComponentName, string> = {
  occupation: 'Beroep',
  requiredSkills: 'Vereiste vaardigheden',
  niceToHaveSkills: 'Gewenste vaardigheden',
  distance: 'Reisafstand',
  hours: 'Uren',
  education: 'Opleidingsniveau',
  availability: 'Beschikbaarheid',
  languages: 'Talen',
};

export function componentsOf(stored: StoredComponents): ScoreComponent[] {
  return (Object.keys(LABELS) as ComponentName[]).map((name) => ({
    name,
    value: stored[name],
    weight: stored.weights[name],
  }));
}

/**
 * The score in words, for the account manager and the job coach: the facts it rests on (engine 2), or the
 * components as shares for a suggestion an earlier engine stored. `currentMonth` is `YYYY-MM`.
 */
export function explain(stored: StoredComponents, balanced: boolean, currentMonth: string): string[] {
  if (stored.fit) {
    const lines = fitLines(stored.fit, currentMonth);
    if (balanced) lines.push('Geselecteerd voor evenwicht tussen de UWV- en de gemeentelijke pool');
    return lines;
  }
  const lines = (Object.keys(LABELS) as ComponentName[])
    .filter((name) => stored[name] !== null)
    .map((name) => {
      const detail = name === 'distance' ? ` (${stored.distanceKm} km)` : '';
      return `${LABELS[name]}${detail}: ${Math.round((stored[name] as number) * 100)}% (gewicht ${stored.weights[name]})`;
    });
  if (stored.maxWwBonus > 0) lines.push(`Voorrang Max-WW: WW eindigt binnen drie maanden (+${stored.maxWwBonus})`);
  if (balanced) lines.push('Geselecteerd voor evenwicht tussen de UWV- en de gemeentelijke pool');
  return lines;
}
