import { EntityManager } from 'typeorm';
import { monthIndex, Pool, ProfileFacts, VacancyFacts } from './engine/match-facts';

export interface VacancyForMatching extends VacancyFacts {
  status: string;
  latitude: number;
  longitude: number;
}

export interface CandidateRow extends ProfileFacts {
  distanceKm: number;
}

/** The vacancy as the engine reads it, with its workplace centroid; undefined when it no longer exists. */
export async function loadVacancy(manager: EntityManager, vacancyId: string): Promise<VacancyForMatching | undefined> {
  const [row] = await manager.query(
    `SELECT v.id, v.region_code, v.occupation_code, v.status, v.hours_min, v.hours_max, v.start_date::text AS start_date,
            v.driving_licences, v.languages, v.jobs_agreement, e.nlqf AS min_education_rank, m.latitude, m.longitude,
            coalesce((SELECT json_agg(json_build_object('code', s.skill_code, 'weight', s.weight, 'required', s.required))
                        FROM vacancy_skill s WHERE s.vacancy_id = v.id), '[]') AS skills
       FROM vacancy v
       JOIN municipality m ON m.code = v.municipality_code
       LEFT JOIN education_level e ON e.code = v.min_education_level
      WHERE v.id = $1`,
    [vacancyId],
  );
  if (!row) return undefined;
  const skills = row.skills as { code: string; weight: number; required: boolean }[];
  return {
    id: row.id,
    regionCode: row.region_code,
    occupationCode: row.occupation_code,
    status: row.status,
    requiredSkills: skills.filter((s) => s.required).map(({ code, weight }) => ({ code, weight })),
    niceToHaveSkills: skills.filter((s) => !s.required).map(({ code, weight }) => ({ code, weight })),
    minEducationRank: row.min_education_rank,
    hoursMin: row.hours_min,
    hoursMax: row.hours_max,
    startMonth: row.start_date ? monthIndex(row.start_date) : null,
    drivingLicences: row.driving_licences,
    languages: row.languages,
    jobsAgreement: row.jobs_agreement,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/**
 * The candidate set of a vacancy, straight from an indexed prefilter: shared, unexpired profiles that seek an
 * occupation in the vacancy's ISCO sub-major group or have one of its skills (GIN indexes), in its region or
 * living within their travel radius of the workplace. Never the whole table. (bench:matching times it bare.)
 */
export function candidateQuery(
  vacancy: VacancyForMatching,
  today: string,
  excludedProfileIds: readonly string[],
): [string, unknown[]] {
  const skills = [...vacancy.requiredSkills, ...vacancy.niceToHaveSkills].map((s) => s.code);
  return [
    // Arrays as JSON: pg parses json with JSON.parse, cheaper than its text[] parser (bench:matching).
    `SELECT p.id, p.pool, p.region_code, p.expires_on::text AS expires_on, to_json(p.occupation_codes) AS occupation_codes,
            to_json(p.skill_codes) AS skill_codes, el.nlqf AS education_rank, p.hours_min, p.hours_max,
            p.available_from::text AS available_from, p.travel_radius_km, to_json(p.driving_licences) AS driving_licences,
            to_json(p.languages) AS languages,
            'JOBS_AGREEMENT' = ANY (p.target_groups) AS jobs_agreement,
            CASE WHEN 'MAX_WW' = ANY (p.target_groups) THEN p.ww_end_month::text END AS ww_end_month,
            km_between(m.latitude, m.longitude, $3, $4) AS distance_km
       FROM candidate_profile p
       JOIN municipality m ON m.code = p.municipality_code
       LEFT JOIN education_level el ON el.code = p.education_level
      WHERE p.status = 'ACTIVE' AND p.expires_on >= $5::date
        AND (p.occupation_codes && ARRAY(SELECT code FROM occupation WHERE level = 4 AND left(code, 2) = left($2, 2))
             OR p.skill_codes && $6::text[])
        AND (p.region_code = $1 OR km_between(m.latitude, m.longitude, $3, $4) <= p.travel_radius_km)
        AND p.id <> ALL ($7::uuid[])`,
    [
      vacancy.regionCode,
      vacancy.occupationCode,
      vacancy.latitude,
      vacancy.longitude,
      today,
      skills,
      excludedProfileIds,
    ],
  ];
}

/** The candidate set of a vacancy as the engine reads it. */
export async function loadCandidates(
  manager: EntityManager,
  vacancy: VacancyForMatching,
  today: string,
  excludedProfileIds: readonly string[],
): Promise<CandidateRow[]> {
  const rows: Record<string, unknown>[] = await manager.query(...candidateQuery(vacancy, today, excludedProfileIds));
  return rows.map((row) => ({
    id: row.id as string,
    pool: row.pool as Pool,
    regionCode: row.region_code as string,
    status: 'ACTIVE',
    expiresOn: row.expires_on as string,
    occupationCodes: row.occupation_codes as string[],
    skillCodes: row.skill_codes as string[],
    educationRank: row.education_rank as number | null,
    hoursMin: row.hours_min as number,
    hoursMax: row.hours_max as number,
    availableMonth: monthIndex(row.available_from as string),
    travelRadiusKm: row.travel_radius_km as number,
    drivingLicences: row.driving_licences as string[],
    languages: row.languages as string[],
    jobsAgreement: row.jobs_agreement as boolean,
    maxWwEndMonth: row.ww_end_month ? monthIndex(row.ww_end_month as string) : null,
    distanceKm: row.distance_km as number,
  }));
}

/** Open vacancies one profile may fit (same prefilter, the other way round), and those it is suggested for now. */
export async function vacanciesForProfile(manager: EntityManager, profileId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT v.id
       FROM candidate_profile p
       JOIN municipality pm ON pm.code = p.municipality_code
       JOIN vacancy v ON v.status = 'OPEN'
       JOIN municipality vm ON vm.code = v.municipality_code
      WHERE p.id = $1
        AND (left(v.occupation_code, 2) = ANY (ARRAY(SELECT left(c, 2) FROM unnest(p.occupation_codes) c))
             OR EXISTS (SELECT 1 FROM vacancy_skill s WHERE s.vacancy_id = v.id AND s.skill_code = ANY (p.skill_codes)))
        AND (v.region_code = p.region_code
             OR km_between(pm.latitude, pm.longitude, vm.latitude, vm.longitude) <= p.travel_radius_km)
     UNION
     SELECT vacancy_id FROM suggestion WHERE profile_id = $1`,
    [profileId],
  );
  return rows.map((row) => row.id);
}
