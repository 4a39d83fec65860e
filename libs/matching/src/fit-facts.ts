import { MatchContext, ProfileFacts, VacancyFacts } from './engine/match-facts';
import { MatchingConfig } from './engine/matching-config';
import { maxWwPriority, occupationMatch, OccupationMatchKind } from './engine/score-match';

/** Labels of the codes a fit names, in Dutch. */
export interface FitLabels {
  skills: ReadonlyMap<string, string>;
  occupations: ReadonlyMap<string, string>;
}

/**
 * What a suggestion rests on, as facts a person can act on (stored with the suggestion, shown as the Dutch
 * explanation and as fields for the web app). Months as `YYYY-MM`.
 */
export interface FitFacts {
  distanceKm: number;
  travelRadiusKm: number;
  /** The vacancy's work can be done from home: the distance does not count. */
  remoteWork: boolean;
  candidateHoursMin: number;
  candidateHoursMax: number;
  candidateHoursFlexible: boolean;
  vacancyHoursMin: number;
  vacancyHoursMax: number;
  /** The vacancy's required skills (empty when it asks none), the candidate's count of them, and what is missing. */
  requiredSkillCount: number;
  requiredSkillsHeld: number;
  missingSkills: { code: string; label: string }[];
  occupationMatch: OccupationMatchKind;
  /** The candidate's occupation that matched (none when found on skills only). */
  occupationCode: string | null;
  occupationTitle: string | null;
  availableFrom: string;
  /** Only for a Max-WW candidate. */
  wwEndMonth: string | null;
  maxWwPriority: boolean;
}

const monthText = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export function fitFacts(
  vacancy: VacancyFacts,
  profile: ProfileFacts,
  context: MatchContext,
  config: MatchingConfig,
  labels: FitLabels,
): FitFacts {
  const missing = vacancy.requiredSkills.filter((skill) => !profile.skillCodes.includes(skill.code));
  const occupation = occupationMatch(vacancy.occupationCode, profile.occupationCodes, vacancy.relatedOccupationCodes);
  return {
    distanceKm: Math.round(context.distanceKm * 10) / 10,
    travelRadiusKm: profile.travelRadiusKm,
    remoteWork: vacancy.remoteWork,
    candidateHoursMin: profile.hoursMin,
    candidateHoursMax: profile.hoursMax,
    candidateHoursFlexible: profile.hoursFlexible,
    vacancyHoursMin: vacancy.hoursMin,
    vacancyHoursMax: vacancy.hoursMax,
    requiredSkillCount: vacancy.requiredSkills.length,
    requiredSkillsHeld: vacancy.requiredSkills.length - missing.length,
    missingSkills: missing.map(({ code }) => ({ code, label: labels.skills.get(code) ?? code })),
    occupationMatch: occupation.kind,
    occupationCode: occupation.code,
    occupationTitle: occupation.code === null ? null : (labels.occupations.get(occupation.code) ?? null),
    availableFrom: monthText(Math.max(profile.availableMonth, context.currentMonth)),
    wwEndMonth: profile.maxWwEndMonth === null ? null : monthText(profile.maxWwEndMonth),
    maxWwPriority: maxWwPriority(vacancy, profile, context, config) > 0,
  };
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const kilometres = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

const dutchMonth = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const hourRange = (min: number, max: number): string => (min === max ? `${min}` : `${min}-${max}`);

/** The facts in Dutch, one line each, in the order an account manager weighs them. */
export function fitLines(fit: FitFacts, currentMonth: string): string[] {
  const lines: string[] = [];
  const occupation = fit.occupationTitle ? `${fit.occupationTitle} (${fit.occupationCode})` : fit.occupationCode;
  switch (fit.occupationMatch) {
    case 'SAME':
      lines.push(`Zoekt dit beroep: ${occupation}`);
      break;
    case 'RELATED':
      lines.push(`Verwant beroep: ${occupation}`);
      break;
    case 'MINOR_GROUP':
      lines.push(`Beroep uit dezelfde beroepsgroep: ${occupation}`);
      break;
    case 'SUB_MAJOR_GROUP':
      lines.push(`Beroep uit hetzelfde beroepsveld: ${occupation}`);
      break;
    case 'NONE':
      lines.push('Zoekt een ander beroep; gevonden op vaardigheden');
      break;
  }
  lines.push(
    fit.remoteWork
      ? 'Thuiswerk: de reisafstand telt niet mee'
      : `Woont ${kilometres.format(fit.distanceKm)} km van de werkplek (wil tot ${kilometres.format(fit.travelRadiusKm)} km reizen)`,
  );
  lines.push(
    `Zoekt ${hourRange(fit.candidateHoursMin, fit.candidateHoursMax)} uur${fit.candidateHoursFlexible ? ' (flexibel)' : ''}; vacature ${hourRange(fit.vacancyHoursMin, fit.vacancyHoursMax)} uur`,
  );
  if (fit.requiredSkillCount > 0) {
    lines.push(
      fit.missingSkills.length === 0
        ? `Heeft alle ${fit.requiredSkillCount} vereiste vaardigheden`
        : `Heeft ${fit.requiredSkillsHeld} van de ${fit.requiredSkillCount} vereiste vaardigheden; mist: ${fit.missingSkills.map((s) => s.label).join(', ')}`,
    );
  }
  lines.push(
    fit.availableFrom <= currentMonth ? 'Direct beschikbaar' : `Beschikbaar vanaf ${dutchMonth(fit.availableFrom)}`,
  );
  if (fit.wwEndMonth) {
    lines.push(`Max-WW: WW eindigt in ${dutchMonth(fit.wwEndMonth)}${fit.maxWwPriority ? ' (voorrang)' : ''}`);
  }
  return lines;
}
