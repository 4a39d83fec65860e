/**
 * What the engine reads. Deliberately nothing else: no age band, gender, origin or any other trait of a
 * person (the types make it impossible to pass them by accident).
 */
export interface VacancyFacts {
  id: string;
  regionCode: string;
  occupationCode: string;
  /** Unit groups in other ISCO branches related to the occupation (see related-occupations.ts). */
  relatedOccupationCodes: readonly string[];
  requiredSkills: readonly WeightedSkill[];
  niceToHaveSkills: readonly WeightedSkill[];
  /** NLQF-ordered rank of the minimum education level, or null for none. */
  minEducationRank: number | null;
  hoursMin: number;
  hoursMax: number;
  /** Months since year 0 (year * 12 + month - 1) of the start date, or null for "as soon as possible". */
  startMonth: number | null;
  drivingLicences: readonly string[];
  languages: readonly string[];
  jobsAgreement: boolean;
  /** The work can be done from home: the travel limit does not apply, nor does distance count. */
  remoteWork: boolean;
}

export interface WeightedSkill {
  code: string;
  weight: number;
}

export type Pool = 'UWV' | 'MUNICIPALITY';

export interface ProfileFacts {
  id: string;
  pool: Pool;
  regionCode: string;
  status: 'ACTIVE' | 'PAUSED' | 'PLACED';
  /** `YYYY-MM-DD`; compared as text. */
  expiresOn: string;
  occupationCodes: readonly string[];
  skillCodes: readonly string[];
  educationRank: number | null;
  hoursMin: number;
  hoursMax: number;
  /** The candidate can work other hours: the minimum overlap of hours does not apply. */
  hoursFlexible: boolean;
  availableMonth: number;
  travelRadiusKm: number;
  drivingLicences: readonly string[];
  languages: readonly string[];
  jobsAgreement: boolean;
  /** Months since year 0 of the month the WW benefit ends, for MAX_WW candidates. */
  maxWwEndMonth: number | null;
}

/** Per pair: the distance between the two municipality centroids, in km. */
export interface MatchContext {
  /** `YYYY-MM-DD` in the Netherlands. */
  today: string;
  /** Months since year 0 of today. */
  currentMonth: number;
  distanceKm: number;
}

export const monthIndex = (isoDate: string): number =>
  Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
