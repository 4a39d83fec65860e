/**
 * How a region weighs the parts of a match. The weights are relative (they need not add up to anything);
 * each component scores 0-1 and the weighted mean becomes the 0-100 score. Defaults are documented in
 * docs/ALGORITHM.md; a region overrides them in its matching configuration.
 */
export interface MatchingWeights {
  /** Same ISCO unit group 1, same minor group 0.6, same sub-major group 0.3. */
  occupation: number;
  /** Share of the vacancy's required-skill weight the candidate covers. */
  requiredSkills: number;
  /** Share of the nice-to-have skill weight the candidate covers. */
  niceToHaveSkills: number;
  /** 1 next door, falling linearly to 0.5 at the edge of the candidate's travel radius. */
  distance: number;
  /** Overlap of the hour ranges, as a share of the vacancy's range. */
  hours: number;
  /** 1 when the education level meets the vacancy's minimum, 0.5 one level below, else 0. */
  education: number;
  /** 1 when available by the start date, minus 0.25 per month later. */
  availability: number;
  /** Share of the vacancy's languages the candidate speaks. */
  languages: number;
}

export interface MatchingConfig {
  weights: MatchingWeights;
  /**
   * The Max-WW priority band, in score points: a fitting MAX_WW candidate whose WW ends within `maxWwWindowMonths`
   * is ranked as if it scored this much more, so it moves up past candidates at most this much better. It never
   * changes the score shown, nor who reaches the list (that takes the minimum score without it).
   */
  maxWwBonus: number;
  maxWwWindowMonths: number;
  /** Kilometres beyond a candidate's own travel radius a region still counts as within reach. */
  travelToleranceKm: number;
  /** The least overlap, in hours per week, of the candidate's and the vacancy's hours. */
  minimumHoursOverlap: number;
  /** Suggestions below this score are not stored. */
  minimumScore: number;
  /** How many suggestions a vacancy keeps. */
  topListSize: number;
  /** The least share of the top list each pool gets when it has enough candidates above the minimum. */
  minimumPoolShare: number;
}

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  weights: {
    occupation: 30,
    requiredSkills: 20,
    niceToHaveSkills: 5,
    distance: 15,
    hours: 10,
    education: 10,
    availability: 5,
    languages: 5,
  },
  maxWwBonus: 5,
  maxWwWindowMonths: 3,
  travelToleranceKm: 0,
  minimumHoursOverlap: 0,
  minimumScore: 40,
  topListSize: 20,
  minimumPoolShare: 0.25,
};
