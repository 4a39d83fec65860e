import { MatchingConfig, MatchingWeights } from './matching-config';
import { MatchContext, ProfileFacts, VacancyFacts, WeightedSkill } from './match-facts';

/** Bump when a change to this file changes scores, so stored suggestions say which engine made them. */
export const ENGINE_VERSION = 1;

/** The pair fails a hard filter: it is never suggested, whatever it scores. */
export const FILTERED = -1;

export type ComponentName = keyof MatchingWeights;

/** Each component 0-1, or null where it does not apply (the vacancy asks nothing of that kind). */
export type ComponentScores = Record<ComponentName, number | null> & { maxWwBonus: number };

export function emptyComponents(): ComponentScores {
  return {
    occupation: null,
    requiredSkills: null,
    niceToHaveSkills: null,
    distance: null,
    hours: null,
    education: null,
    availability: null,
    languages: null,
    maxWwBonus: 0,
  };
}

/**
 * Scores one vacancy against one profile: 0-100, or FILTERED. Pure and deterministic; it reads only the
 * facts it is given (never age, gender or origin). Pass `explain` to receive the components; without it
 * nothing is allocated, so a job can score a whole candidate set quickly.
 */
export function scoreMatch(
  vacancy: VacancyFacts,
  profile: ProfileFacts,
  context: MatchContext,
  config: MatchingConfig,
  explain?: ComponentScores,
): number {
  if (profile.status !== 'ACTIVE' || profile.expiresOn < context.today) return FILTERED;
  if (vacancy.jobsAgreement && !profile.jobsAgreement) return FILTERED;
  if (profile.regionCode !== vacancy.regionCode && context.distanceKm > profile.travelRadiusKm) return FILTERED;
  for (const licence of vacancy.drivingLicences) if (!profile.drivingLicences.includes(licence)) return FILTERED;

  // Straight-line rather than a loop over component names: this runs millions of times per second.
  const occupation = occupationFit(vacancy.occupationCode, profile.occupationCodes);
  const requiredSkills = skillCoverage(vacancy.requiredSkills, profile.skillCodes);
  const niceToHaveSkills = skillCoverage(vacancy.niceToHaveSkills, profile.skillCodes);
  const distance = distanceFit(context.distanceKm, profile.travelRadiusKm);
  const hours = hoursOverlap(vacancy.hoursMin, vacancy.hoursMax, profile.hoursMin, profile.hoursMax);
  const education = educationFit(vacancy.minEducationRank, profile.educationRank);
  const availability = availabilityFit(
    vacancy.startMonth ?? context.currentMonth,
    profile.availableMonth,
    context.currentMonth,
  );
  const languages = languageCoverage(vacancy.languages, profile.languages);
  const bonus = maxWwBonus(profile, context, config);
  if (explain) {
    Object.assign(explain, {
      occupation,
      requiredSkills,
      niceToHaveSkills,
      distance,
      hours,
      education,
      availability,
      languages,
      maxWwBonus: bonus,
    });
  }

  // A component that does not apply (null) is left out of both the sum and the total weight.
  const w = config.weights;
  let weighted = w.occupation * occupation + w.distance * distance + w.hours * hours + w.availability * availability;
  let totalWeight = w.occupation + w.distance + w.hours + w.availability;
  if (requiredSkills !== null) {
    weighted += w.requiredSkills * requiredSkills;
    totalWeight += w.requiredSkills;
  }
  if (niceToHaveSkills !== null) {
    weighted += w.niceToHaveSkills * niceToHaveSkills;
    totalWeight += w.niceToHaveSkills;
  }
  if (education !== null) {
    weighted += w.education * education;
    totalWeight += w.education;
  }
  if (languages !== null) {
    weighted += w.languages * languages;
    totalWeight += w.languages;
  }
  const base = totalWeight === 0 ? 0 : (100 * weighted) / totalWeight;
  return Math.min(100, Math.round(base + bonus));
}

/** Same unit group 1, same minor group (3 digits) 0.6, same sub-major group (2 digits) 0.3, else 0. */
export function occupationFit(wanted: string, offered: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < offered.length; i++) {
    const code = offered[i];
    if (code === wanted) return 1;
    // Character codes, not slices: no strings are made on this path.
    if (code.charCodeAt(0) !== wanted.charCodeAt(0) || code.charCodeAt(1) !== wanted.charCodeAt(1)) continue;
    best = Math.max(best, code.charCodeAt(2) === wanted.charCodeAt(2) ? 0.6 : 0.3);
  }
  return best;
}

export function skillCoverage(skills: readonly WeightedSkill[], offered: readonly string[]): number | null {
  if (skills.length === 0) return null;
  let covered = 0;
  let total = 0;
  for (const skill of skills) {
    total += skill.weight;
    if (offered.includes(skill.code)) covered += skill.weight;
  }
  return covered / total;
}

/** 1 next door, 0.5 at the edge of the travel radius, 0 at twice the radius. */
export function distanceFit(distanceKm: number, radiusKm: number): number {
  if (radiusKm <= 0) return distanceKm <= 0 ? 1 : 0;
  return Math.max(0, 1 - (0.5 * distanceKm) / radiusKm);
}

export function hoursOverlap(vacancyMin: number, vacancyMax: number, profileMin: number, profileMax: number): number {
  if (vacancyMax === vacancyMin) return vacancyMin >= profileMin && vacancyMin <= profileMax ? 1 : 0;
  const overlap = Math.min(vacancyMax, profileMax) - Math.max(vacancyMin, profileMin);
  return Math.max(0, overlap) / (vacancyMax - vacancyMin);
}

export function educationFit(minimumRank: number | null, rank: number | null): number | null {
  if (minimumRank === null) return null;
  if (rank === null) return 0;
  if (rank >= minimumRank) return 1;
  return rank === minimumRank - 1 ? 0.5 : 0;
}

/** 1 when available by the start, 0.25 less for each month later. */
export function availabilityFit(startMonth: number, availableMonth: number, currentMonth: number): number {
  const late = availableMonth - Math.max(startMonth, currentMonth);
  return late <= 0 ? 1 : Math.max(0, 1 - 0.25 * late);
}

export function languageCoverage(wanted: readonly string[], spoken: readonly string[]): number | null {
  if (wanted.length === 0) return null;
  let covered = 0;
  for (const language of wanted) if (spoken.includes(language)) covered += 1;
  return covered / wanted.length;
}

/** Policy: candidates whose WW ends within the window (this month included) come first in line. */
export function maxWwBonus(profile: ProfileFacts, context: MatchContext, config: MatchingConfig): number {
  if (profile.maxWwEndMonth === null) return 0;
  const monthsLeft = profile.maxWwEndMonth - context.currentMonth;
  return monthsLeft >= 0 && monthsLeft <= config.maxWwWindowMonths ? config.maxWwBonus : 0;
}
