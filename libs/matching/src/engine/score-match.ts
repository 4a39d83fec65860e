import { MatchingConfig, MatchingWeights } from './matching-config';
import { MatchContext, ProfileFacts, VacancyFacts, WeightedSkill } from './match-facts';
import { RELATED_OCCUPATION_FIT } from './related-occupations';

/** Bump when a change to this file changes scores, so stored suggestions say which engine made them. */
export const ENGINE_VERSION = 2;

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
 * Scores one vacancy against one profile: 0-100, or FILTERED when the pair misses a fit limit (see
 * `meetsLimits`). Pure and deterministic; it reads only the facts it is given (never age, gender or origin).
 * The Max-WW priority is not part of the score: it orders fitting candidates (see `maxWwBonus`). Pass `explain`
 * to receive the components; without it nothing is allocated, so a job can score a whole candidate set quickly.
 */
export function scoreMatch(
  vacancy: VacancyFacts,
  profile: ProfileFacts,
  context: MatchContext,
  config: MatchingConfig,
  explain?: ComponentScores,
): number {
  if (!meetsLimits(vacancy, profile, context, config)) return FILTERED;

  // Straight-line rather than a loop over component names: this runs millions of times per second.
  const occupation = occupationFit(vacancy.occupationCode, profile.occupationCodes, vacancy.relatedOccupationCodes);
  const requiredSkills = skillCoverage(vacancy.requiredSkills, profile.skillCodes);
  const niceToHaveSkills = skillCoverage(vacancy.niceToHaveSkills, profile.skillCodes);
  const distance = vacancy.remoteWork ? 1 : distanceFit(context.distanceKm, profile.travelRadiusKm);
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
  return totalWeight === 0 ? 0 : Math.min(100, Math.round((100 * weighted) / totalWeight));
}

/**
 * The fit limits: a candidate is suggested only when all hold. Active and not expired; the vacancy's workplace
 * within the candidate's own travel radius (plus the region's tolerance); hours that overlap by at least the
 * region's minimum (unless the candidate marked their hours flexible); the driving licences the vacancy requires; the jobs-agreement target group where asked.
 */
export function meetsLimits(
  vacancy: VacancyFacts,
  profile: ProfileFacts,
  context: MatchContext,
  config: MatchingConfig,
): boolean {
  if (profile.status !== 'ACTIVE' || profile.expiresOn < context.today) return false;
  if (vacancy.jobsAgreement && !profile.jobsAgreement) return false;
  if (!vacancy.remoteWork && context.distanceKm > profile.travelRadiusKm + config.travelToleranceKm) return false;
  if (
    !profile.hoursFlexible &&
    hoursInCommon(vacancy.hoursMin, vacancy.hoursMax, profile.hoursMin, profile.hoursMax) < config.minimumHoursOverlap
  ) {
    return false;
  }
  for (const licence of vacancy.drivingLicences) if (!profile.drivingLicences.includes(licence)) return false;
  return true;
}

/** Hours per week both ranges share; negative when they do not meet (24-28 and 36-40: -8). */
export function hoursInCommon(vacancyMin: number, vacancyMax: number, profileMin: number, profileMax: number): number {
  return Math.min(vacancyMax, profileMax) - Math.max(vacancyMin, profileMin);
}

/**
 * Same unit group 1, a related unit group of another branch (`related`) 0.7, same minor group (3 digits) 0.6,
 * same sub-major group (2 digits) 0.3, else 0.
 */
export function occupationFit(wanted: string, offered: readonly string[], related: readonly string[] = []): number {
  let best = 0;
  for (let i = 0; i < offered.length; i++) {
    const code = offered[i];
    if (code === wanted) return 1;
    if (related.length > 0 && related.includes(code)) {
      best = Math.max(best, RELATED_OCCUPATION_FIT);
      continue;
    }
    // Character codes, not slices: no strings are made on this path.
    if (code.charCodeAt(0) !== wanted.charCodeAt(0) || code.charCodeAt(1) !== wanted.charCodeAt(1)) continue;
    best = Math.max(best, code.charCodeAt(2) === wanted.charCodeAt(2) ? 0.6 : 0.3);
  }
  return best;
}

export type OccupationMatchKind = 'SAME' | 'RELATED' | 'MINOR_GROUP' | 'SUB_MAJOR_GROUP' | 'NONE';

/** Which of the candidate's occupations gives `occupationFit`, and how (for the explanation; not on the hot path). */
export function occupationMatch(
  wanted: string,
  offered: readonly string[],
  related: readonly string[] = [],
): { kind: OccupationMatchKind; code: string | null } {
  const fit = occupationFit(wanted, offered, related);
  const kinds: [number, OccupationMatchKind, (code: string) => boolean][] = [
    [1, 'SAME', (code) => code === wanted],
    [RELATED_OCCUPATION_FIT, 'RELATED', (code) => related.includes(code)],
    [0.6, 'MINOR_GROUP', (code) => code.slice(0, 3) === wanted.slice(0, 3)],
    [0.3, 'SUB_MAJOR_GROUP', (code) => code.slice(0, 2) === wanted.slice(0, 2)],
  ];
  for (const [value, kind, holds] of kinds) {
    if (fit === value) return { kind, code: offered.find(holds) ?? null };
  }
  return { kind: 'NONE', code: null };
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

/** Occupations close enough for the Max-WW priority: the same, a related one, or the same minor group. */
const PRIORITY_OCCUPATION_FIT = 0.6;

/**
 * The Max-WW priority of a listed candidate for this vacancy: the band (see MatchingConfig.maxWwBonus) when the
 * WW ends within the window and the candidate seeks this kind of work (the same, a related or a same-minor-group
 * occupation; one found only through skills or the wider field gets none), else 0.
 */
export function maxWwPriority(
  vacancy: VacancyFacts,
  profile: ProfileFacts,
  context: MatchContext,
  config: MatchingConfig,
): number {
  const bonus = maxWwBonus(profile, context, config);
  if (bonus === 0) return 0;
  const occupation = occupationFit(vacancy.occupationCode, profile.occupationCodes, vacancy.relatedOccupationCodes);
  return occupation >= PRIORITY_OCCUPATION_FIT ? bonus : 0;
}

/**
 * Policy: candidates whose WW ends within the window (this month included) are Max-WW candidates in line for the
 * priority (see maxWwPriority for who gets it).
 */
export function maxWwBonus(profile: ProfileFacts, context: MatchContext, config: MatchingConfig): number {
  if (profile.maxWwEndMonth === null) return 0;
  const monthsLeft = profile.maxWwEndMonth - context.currentMonth;
  return monthsLeft >= 0 && monthsLeft <= config.maxWwWindowMonths ? config.maxWwBonus : 0;
}
