/** Runs one statement against the benchmark's database. */
export type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * `count` active, shared profiles in GRONINGEN, alternately of UWV's and the municipality's demo job coach,
 * each with two of `occupations`, one skill, hours, a municipality of the region, a radius, sometimes a licence,
 * and every tenth a Max-WW candidate.
 */
export async function seedMatchingProfiles(query: Query, count: number, occupations: readonly string[]): Promise<void> {
  const codes = `(ARRAY['${occupations.join("','")}'])`;
  await query(
    `INSERT INTO candidate_profile (public_code, owner_organisation_id, pool, region_code, coach_id, occupation_codes,
       skill_codes, education_level, experience_band, hours_min, hours_max, available_from, municipality_code,
       travel_radius_km, driving_licences, languages, target_groups, ww_end_month, legal_basis, legal_basis_recorded_at,
       legal_basis_recorded_by, expires_on, status, created_by)
     SELECT 'K-' || substr(h, 1, 4) || '-' || substr(h, 5, 4), u.organisation_id, o.kind, 'GRONINGEN', u.id,
            ARRAY[${codes}[1 + i % ${occupations.length}], ${codes}[1 + (i / 7) % ${occupations.length}]],
            ARRAY[(SELECT code FROM skill ORDER BY code OFFSET i % 200 LIMIT 1)],
            (ARRAY['VMBO_BB', 'MBO_1', 'MBO_2', 'MBO_3', 'MBO_4', 'HBO'])[1 + i % 6], 'YEARS_1_TO_3',
            8 + (i % 5) * 4, 24 + (i % 5) * 4, date '2026-10-01' + ((i % 6) || ' months')::interval,
            (SELECT code FROM municipality WHERE region_code = 'GRONINGEN' ORDER BY code OFFSET i % 10 LIMIT 1),
            10 + i % 30, CASE WHEN i % 3 = 0 THEN ARRAY['B'] ELSE '{}' END, ARRAY['nl'],
            CASE WHEN i % 10 = 0 THEN ARRAY['MAX_WW'] ELSE '{}' END,
            CASE WHEN i % 10 = 0 THEN date '2027-01-01' END, 'CONSENT', now(), u.id, current_date + 150, 'ACTIVE', u.id
       FROM generate_series(1, $1) i
       CROSS JOIN LATERAL (SELECT upper(lpad(to_hex(i), 8, '0')) AS h) code
       JOIN app_user u ON u.email = CASE WHEN i % 2 = 0 THEN 'jobcoach@uwv.demo' ELSE 'jobcoach@groningen.demo' END
       JOIN organisation o ON o.id = u.organisation_id`,
    [count],
  );
}

/** Two skills for every vacancy, the first required, picked from the skill list by the vacancy's id. */
export async function seedVacancySkills(query: Query): Promise<void> {
  await query(
    `INSERT INTO vacancy_skill (vacancy_id, skill_code, required, weight)
     SELECT v.id, s.code, r = 1, 4 - r FROM vacancy v CROSS JOIN generate_series(1, 2) r
      CROSS JOIN LATERAL (SELECT code FROM skill ORDER BY code
                           OFFSET (abs(hashtext(v.id::text)) % 200) + r - 1 LIMIT 1) s`,
  );
}
