import { monthIndex, ProfileFacts, VacancyFacts } from './engine/match-facts';
import { DEFAULT_MATCHING_CONFIG } from './engine/matching-config';
import { relatedOccupationsOf } from './engine/related-occupations';
import { FitFacts, fitFacts, fitLines } from './fit-facts';

const TODAY = '2026-12-04';
const context = (distanceKm: number) => ({ today: TODAY, currentMonth: monthIndex(TODAY), distanceKm });
const vacancy: VacancyFacts = {
  id: 'v1',
  regionCode: 'GRONINGEN',
  occupationCode: '8344',
  relatedOccupationCodes: relatedOccupationsOf('8344'),
  requiredSkills: [
    { code: 'LOG-01', weight: 3 },
    { code: 'LOG-02', weight: 1 },
    { code: 'LOG-03', weight: 1 },
    { code: 'TRV-02', weight: 1 },
  ],
  niceToHaveSkills: [],
  minEducationRank: null,
  hoursMin: 24,
  hoursMax: 28,
  startMonth: null,
  drivingLicences: [],
  languages: [],
  jobsAgreement: false,
  remoteWork: false,
};
const profile: ProfileFacts = {
  id: 'p1',
  pool: 'UWV',
  regionCode: 'GRONINGEN',
  status: 'ACTIVE',
  expiresOn: '2027-06-01',
  occupationCodes: ['9333'],
  skillCodes: ['LOG-01', 'LOG-02', 'LOG-03'],
  educationRank: 2,
  hoursMin: 24,
  hoursMax: 32,
  hoursFlexible: false,
  availableMonth: monthIndex('2027-02-01'),
  travelRadiusKm: 20,
  drivingLicences: [],
  languages: ['nl'],
  jobsAgreement: false,
  maxWwEndMonth: monthIndex('2027-03-01'),
};
const labels = {
  skills: new Map([['TRV-02', 'Klantgericht werken']]),
  occupations: new Map([['9333', 'Laders, lossers en magazijnmedewerkers']]),
};

describe('the facts of a fit, in Dutch', () => {
  it('says what the suggestion rests on, with Dutch numbers and months', () => {
    const fit = fitFacts(vacancy, profile, context(12.44), DEFAULT_MATCHING_CONFIG, labels);
    expect(fit).toMatchObject({
      distanceKm: 12.4,
      requiredSkillCount: 4,
      requiredSkillsHeld: 3,
      missingSkills: [{ code: 'TRV-02', label: 'Klantgericht werken' }],
      occupationMatch: 'RELATED',
      occupationCode: '9333',
      availableFrom: '2027-02',
      wwEndMonth: '2027-03',
      maxWwPriority: true,
    });
    expect(fitLines(fit, '2026-12')).toEqual([
      'Verwant beroep: Laders, lossers en magazijnmedewerkers (9333)',
      'Woont 12,4 km van de werkplek (wil tot 20 km reizen)',
      'Zoekt 24-32 uur; vacature 24-28 uur',
      'Heeft 3 van de 4 vereiste vaardigheden; mist: Klantgericht werken',
      'Beschikbaar vanaf februari 2027',
      'Max-WW: WW eindigt in maart 2027 (voorrang)',
    ]);
  });

  it('says a candidate is available now, has every skill, and names no priority outside the window', () => {
    const later = { ...profile, skillCodes: ['LOG-01', 'LOG-02', 'LOG-03', 'TRV-02'] };
    const fit: FitFacts = {
      ...fitFacts(vacancy, later, context(3), DEFAULT_MATCHING_CONFIG, labels),
      availableFrom: '2026-12',
      wwEndMonth: '2027-09',
      maxWwPriority: false,
    };
    const lines = fitLines(fit, '2026-12');
    expect(lines).toContain('Heeft alle 4 vereiste vaardigheden');
    expect(lines).toContain('Direct beschikbaar');
    expect(lines).toContain('Max-WW: WW eindigt in september 2027');
    expect(fitLines({ ...fit, remoteWork: true }, '2026-12')).toContain('Thuiswerk: de reisafstand telt niet mee');
    expect(fitLines({ ...fit, candidateHoursFlexible: true }, '2026-12')).toContain(
      'Zoekt 24-32 uur (flexibel); vacature 24-28 uur',
    );
  });

  it('names the kind of occupation match', () => {
    const kinds = (codes: string[]) =>
      fitLines(
        fitFacts(vacancy, { ...profile, occupationCodes: codes }, context(1), DEFAULT_MATCHING_CONFIG, labels),
        '2026-12',
      )[0];
    expect(kinds(['8344'])).toBe('Zoekt dit beroep: 8344');
    expect(kinds(['8343'])).toBe('Beroep uit dezelfde beroepsgroep: 8343');
    expect(kinds(['8322'])).toBe('Beroep uit hetzelfde beroepsveld: 8322');
    expect(kinds(['5120'])).toBe('Zoekt een ander beroep; gevonden op vaardigheden');
  });
});
