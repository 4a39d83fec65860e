import { NotificationService } from '@wsp/notifications';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AgeBand,
  CandidateProfileService,
  CreateCandidateProfileInput,
  dutchToday,
  ExperienceBand,
  LegalBasis,
  MaxWwCohortRepository,
  TargetGroup,
} from '@wsp/candidates';
import { ActorDirectoryService, demoEmail, DemoSeedService, UserService } from '@wsp/directory';
import {
  AccountTeamService,
  EmployerContactService,
  EmployerEntity,
  EmployerService,
  SizeClassEnum,
  TimelineService,
} from '@wsp/employers';
import { HandoverService, Proposal, ProposalStatus } from '@wsp/placements';
import { Actor, DomainError, Role } from '@wsp/platform';
import { ContractTypeEnum, VacancyEntity, VacancyService, VacancyStatus } from '@wsp/vacancies';
import { VisitService } from '@wsp/visits';
import { DataSource } from 'typeorm';
import {
  DEMO_AGREEMENTS,
  DEMO_CONTACTS,
  DEMO_FOLLOW_UPS,
  DEMO_LEGAL_FORMS,
  DEMO_NAME_WORDS,
  DEMO_NOTES,
  DEMO_PITCHES,
  DEMO_PLACES,
  DEMO_REJECTION_REASONS,
  DEMO_REPORTS,
  DEMO_SECTORS,
  DEMO_STAFF,
  DEMO_VISIT_PURPOSES,
  DemoOccupation,
  DemoPlace,
  EMMEN,
} from './demo-catalogue';
import { amsterdamInstant, isoDay } from './demo-dates';
import { DemoRandom } from './demo-random';

export const DEMO_EMPLOYERS = 150;
export const DEMO_POOL_PROFILES = 300;
export const DEMO_PLACEMENTS = 100;
/** Employers from this index on are in Emmen (Drenthe): the region next door, to show regions stay apart. */
const FIRST_EMMEN_EMPLOYER = 140;
const PROPOSAL_STAGES = [
  ProposalStatus.PROPOSED,
  ProposalStatus.INTRODUCED,
  ProposalStatus.INTERVIEW,
  ProposalStatus.REJECTED,
  ProposalStatus.WITHDRAWN,
];

/** KvK numbers of the demo employers: eight digits, in a range of their own. */
export const demoKvkNumber = (index: number): string => String(60_000_000 + index * 7919);

interface SeedCounts {
  employers: number;
  vacancies: number;
  profiles: number;
  visits: number;
  proposals: number;
  placements: number;
}

interface PoolProfile {
  index: number;
  occupationCode: string;
  municipalityCode: string;
  id: string;
  /** Shared (ACTIVE); the others are drafts their coach has not shared yet. */
  active: boolean;
}

/**
 * Fills the demo region with a year of work, through the same services the API uses (so every rule, audit
 * record, timeline entry and matching request is as real as a user's): employers with contacts and joint
 * account teams, vacancies, anonymised profiles in both pools, visits over the past year and the next four
 * weeks, proposals in every stage and placements over two years. Deterministic (a seeded generator, dates
 * relative to today) and idempotent: an employer whose KvK number is already in the book is skipped with
 * everything that belongs to it, a profile whose (demo) client number is known is reused. Never in production:
 * the configuration refuses SEED_DEMO there.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);
  private readonly actors = new Map<string, Actor>();

  constructor(
    private readonly directorySeed: DemoSeedService,
    private readonly directory: ActorDirectoryService,
    private readonly users: UserService,
    private readonly employers: EmployerService,
    private readonly teams: AccountTeamService,
    private readonly contacts: EmployerContactService,
    private readonly timeline: TimelineService,
    private readonly vacancies: VacancyService,
    private readonly profiles: CandidateProfileService,
    private readonly visits: VisitService,
    private readonly handover: HandoverService,
    private readonly maxWwCohorts: MaxWwCohortRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async seed(): Promise<SeedCounts> {
    await this.directorySeed.seed();
    const counts: SeedCounts = { employers: 0, vacancies: 0, profiles: 0, visits: 0, proposals: 0, placements: 0 };
    const started = Date.now();
    const anyone = await this.actor('accountmanager', 'uwv');
    const last = await this.employers.list(anyone, { search: demoKvkNumber(FIRST_EMMEN_EMPLOYER - 1) }, { first: 1 });
    if (last.totalCount > 0) return counts; // seeded before: nothing to do, quickly, on every start
    // A year of history, as it happened: in the app, but nobody is mailed about it now.
    await NotificationService.asHistory(async () => {
      await this.addStaff();
      const pool = await this.poolProfiles(counts);
      for (let index = 0; index < DEMO_EMPLOYERS; index++) await this.seedEmployer(index, pool, counts);
    });
    this.logger.log(
      `Demo data added in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.employers} employers, ` +
        `${counts.vacancies} vacancies, ${counts.profiles} profiles, ${counts.visits} visits, ` +
        `${counts.proposals} proposals, ${counts.placements} placements`,
    );
    return counts;
  }

  /** Named colleagues next to the role accounts, added by each organisation's administrator. */
  private async addStaff(): Promise<void> {
    for (const staff of DEMO_STAFF) {
      const email = demoEmail(staffLocalPart(staff.name), staff.slug);
      await ignoreConflict(async () =>
        this.users.add(await this.actor('admin', staff.slug), {
          subject: `demo|${email}`,
          displayName: staff.name,
          email,
          roles: [staff.role as Role],
        }),
      );
    }
  }

  /** The shared pool: profiles by the job coaches of all four organisations, over the sectors' occupations. */
  private async poolProfiles(counts: SeedCounts): Promise<PoolProfile[]> {
    const pool: PoolProfile[] = [];
    for (let index = 0; index < DEMO_POOL_PROFILES; index++) {
      const random = new DemoRandom(10_000 + index);
      const sector = DEMO_SECTORS[index % DEMO_SECTORS.length];
      const occupation = sector.occupations[Math.floor(index / DEMO_SECTORS.length) % sector.occupations.length];
      // Every occupation in every municipality: the place turns with the round through the sectors.
      const place = index % 20 === 19 ? EMMEN : DEMO_PLACES[(index + Math.floor(index / 10)) % DEMO_PLACES.length];
      const coach = await this.coachFor(place, index);
      const active = index % 9 !== 8;
      const { id, created } = await this.profile(
        coach,
        `DEMO-${String(index).padStart(4, '0')}`,
        () => profileInput(random, occupation, place, coach, !active),
        isoDay(-(14 + ((index * 53) % 330))),
      );
      if (created) counts.profiles++;
      pool.push({ index, occupationCode: occupation.code, municipalityCode: place.municipalityCode, id, active });
    }
    return pool;
  }

  private async seedEmployer(index: number, pool: PoolProfile[], counts: SeedCounts): Promise<void> {
    const random = new DemoRandom(index + 1);
    const sector = DEMO_SECTORS[index % DEMO_SECTORS.length];
    const round = Math.floor(index / DEMO_SECTORS.length);
    const inEmmen = index >= FIRST_EMMEN_EMPLOYER;
    const place = inEmmen ? EMMEN : DEMO_PLACES[(index + round) % DEMO_PLACES.length];
    const lead = await this.leadFor(index, inEmmen);
    const name = `${sector.kinds[round % sector.kinds.length]} ${DEMO_NAME_WORDS[(round + 3 * (index % DEMO_SECTORS.length)) % DEMO_NAME_WORDS.length]}`;
    const size = random.pick([SizeClassEnum.MICRO, SizeClassEnum.SMALL, SizeClassEnum.MEDIUM, SizeClassEnum.LARGE]);
    const employer = await ignoreConflict(() =>
      this.employers.create(lead, {
        kvkNumber: demoKvkNumber(index),
        legalName: `${name} ${random.pick(DEMO_LEGAL_FORMS)}`,
        tradeName: name,
        street: random.pick(place.streets),
        houseNumber: String(random.int(1, 180)),
        postcode: `${place.postcodePrefix + random.int(1, 99)} ${random.pick(['AB', 'CD', 'EK', 'GL', 'HR', 'TS'])}`,
        city: place.city,
        municipalityCode: place.municipalityCode,
        sbiCodes: [random.pick(sector.sbi)],
        sizeClass: size,
        keyAccount: size === SizeClassEnum.LARGE && random.chance(0.5),
        website: `https://www.${slugOf(name)}.example`,
      }),
    );
    if (!employer) return; // seeded before, with everything below
    counts.employers++;

    const partner = await this.partnerOf(lead, index, inEmmen);
    if (partner) await this.teams.add(lead, { employerId: employer.id, userId: partner.userId });
    for (const contact of random.some(DEMO_CONTACTS, random.int(1, 2))) {
      const [first] = contact.name.toLowerCase().split(' ');
      await this.contacts.add(lead, {
        employerId: employer.id,
        name: contact.name,
        role: contact.role,
        email: `${first}@${slugOf(name)}.example`,
        phone: `0${random.pick(['50', '592', '599'])}-${random.int(100_000, 999_999)}`,
      });
    }
    // Notes are dated today: a few, so 'last contact' mostly shows the visits of the past year.
    if (random.chance(0.15)) {
      await this.timeline.addNote(lead, { employerId: employer.id, text: random.pick(DEMO_NOTES) });
    }

    const vacancies: VacancyEntity[] = [];
    for (let number = 0; number < (index < 100 ? 2 : 1); number++) {
      const vacancyIndex = index < 100 ? index * 2 + number : 100 + index;
      const occupation = sector.occupations[(round + number) % sector.occupations.length];
      const vacancy = await this.vacancy(lead, employer, place, occupation, random);
      counts.vacancies++;
      vacancies.push(await this.pipeline(vacancyIndex, vacancy, lead, pool, random, counts));
    }
    await this.seedVisits(index, employer, lead, partner, vacancies, random, counts);
  }

  private async vacancy(
    lead: Actor,
    employer: EmployerEntity,
    place: DemoPlace,
    occupation: DemoOccupation,
    random: DemoRandom,
  ): Promise<VacancyEntity> {
    const hoursMax = random.pick([24, 32, 36, 38, 40]);
    return this.vacancies.create(lead, {
      employerId: employer.id,
      title: occupation.title,
      description: `${occupation.work} Bij ${employer.tradeName} in ${place.city}.`,
      occupationCode: occupation.code,
      municipalityCode: place.municipalityCode,
      hoursMin: hoursMax - random.pick([0, 8, 12]),
      hoursMax,
      contractType: random.pick([ContractTypeEnum.PERMANENT, ContractTypeEnum.TEMPORARY, ContractTypeEnum.TEMPORARY]),
      minEducationLevel: occupation.education,
      skills: occupation.skills.map((code, position) => ({ code, required: position === 0 })),
      startDate: isoDay(random.int(14, 60)),
      closingDate: isoDay(random.int(20, 90)),
      positions: 1,
    });
  }

  /**
   * Two in five vacancies end in a placement (a profile of its own, started somewhere in the past two years);
   * one in five has a proposal in one of the stages; a few are on hold or closed.
   */
  private async pipeline(
    vacancyIndex: number,
    vacancy: VacancyEntity,
    lead: Actor,
    pool: PoolProfile[],
    random: DemoRandom,
    counts: SeedCounts,
  ): Promise<VacancyEntity> {
    const kind = vacancyIndex % 5;
    if (kind < 2) {
      const placement = Math.floor(vacancyIndex / 5) * 2 + kind;
      const place = [...DEMO_PLACES, EMMEN].find((p) => p.municipalityCode === vacancy.municipalityCode)!;
      const coach = await this.coachFor(place, placement);
      const occupation = DEMO_SECTORS.flatMap((s) => s.occupations).find((o) => o.code === vacancy.occupationCode)!;
      const startedDaysAgo = Math.round(7 + (placement / DEMO_PLACEMENTS) * 720);
      const { id, created } = await this.profile(
        coach,
        `DEMO-P${String(placement).padStart(3, '0')}`,
        () => profileInput(new DemoRandom(20_000 + placement), occupation, place, coach, false),
        isoDay(-(startedDaysAgo + 28 + ((placement * 17) % 150))),
      );
      if (created) counts.profiles++;
      let proposal = await this.propose(coach, vacancy, id, counts);
      proposal = await this.advance(lead, proposal, ProposalStatus.INTRODUCED);
      if (random.chance(0.7)) proposal = await this.advance(lead, proposal, ProposalStatus.INTERVIEW);
      await this.advance(lead, proposal, ProposalStatus.PLACED, { startDate: isoDay(-startedDaysAgo) });
      counts.placements++;
      return this.vacancies.get(lead, vacancy.id);
    }
    if (kind === 2) {
      const candidate = pool.find(
        (p) =>
          p.active && p.occupationCode === vacancy.occupationCode && p.municipalityCode === vacancy.municipalityCode,
      );
      if (!candidate) return vacancy;
      const coach = await this.profileOwner(candidate);
      const stage = PROPOSAL_STAGES[Math.floor(vacancyIndex / 5) % PROPOSAL_STAGES.length];
      let proposal = await this.propose(coach, vacancy, candidate.id, counts);
      if (stage === ProposalStatus.WITHDRAWN) {
        await this.advance(coach, proposal, stage, { reason: 'Kandidaat kiest voor een opleiding' });
        return vacancy;
      }
      if (stage !== ProposalStatus.PROPOSED) proposal = await this.advance(lead, proposal, ProposalStatus.INTRODUCED);
      if (stage === ProposalStatus.INTERVIEW) await this.advance(lead, proposal, stage);
      if (stage === ProposalStatus.REJECTED) {
        await this.advance(lead, proposal, stage, { reason: random.pick(DEMO_REJECTION_REASONS) });
      }
      return vacancy;
    }
    if (vacancyIndex % 25 === 23 || vacancyIndex % 25 === 24) {
      const status = vacancyIndex % 25 === 23 ? VacancyStatus.ON_HOLD : VacancyStatus.CLOSED;
      return this.vacancies.changeStatus(lead, { id: vacancy.id, version: vacancy.version, status });
    }
    return vacancy;
  }

  /**
   * One or two visits in the past year, held with a report (joint when the account team has a partner) or
   * cancelled; the first thirty employers also have one in the next four weeks. Times are spread so that no
   * two demo visits share a slot.
   */
  private async seedVisits(
    index: number,
    employer: EmployerEntity,
    lead: Actor,
    partner: Actor | undefined,
    vacancies: VacancyEntity[],
    random: DemoRandom,
    counts: SeedCounts,
  ): Promise<void> {
    const participants = [
      { userId: lead.userId, isLead: true },
      ...(partner && random.chance(0.7) ? [{ userId: partner.userId, isLead: false }] : []),
    ];
    const past = index < 120 ? (index % 3 === 0 ? 2 : 1) : 0;
    for (let number = 0; number < past; number++) {
      const daysAgo = 7 + ((index * 37 + number * 151) % 355);
      const startsAt = amsterdamInstant(-daysAgo, 9 + 2 * ((index + number) % 4));
      const { visit } = await this.visits.plan(lead, {
        employerId: employer.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        purpose: random.pick(DEMO_VISIT_PURPOSES),
        participants,
        allowOverlap: true,
      });
      counts.visits++;
      if ((index + number) % 12 === 11) {
        await this.visits.cancel(lead, { id: visit.id, version: visit.version, reason: 'Werkgever had geen tijd' });
        continue;
      }
      const held = await this.visits.report(lead, {
        id: visit.id,
        version: visit.version,
        report: random.pick(DEMO_REPORTS),
        agreements: random.pick(DEMO_AGREEMENTS),
        targetGroupInterest: random.chance(0.5) ? [random.pick(Object.values(TargetGroup))] : [],
        vacancyIds: random.chance(0.4) ? vacancies.slice(0, 1).map((v) => v.id) : [],
        nextContactOn: isoDay(-daysAgo + 60),
      });
      const followUp = await this.visits.addFollowUp(lead, {
        visitId: held.id,
        ownerId: lead.userId,
        title: random.pick(DEMO_FOLLOW_UPS),
        dueOn: isoDay(-daysAgo + 14),
      });
      // Older agreements were kept; those of the last month are still open.
      if (daysAgo > 30) await this.visits.completeFollowUp(lead, followUp.id, followUp.version);
    }
    if (index < 30) {
      const startsAt = amsterdamInstant(Math.floor((index * 27) / 30), 9 + 2 * (index % 4));
      await this.visits.plan(lead, {
        employerId: employer.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * 60_000),
        purpose: random.pick(DEMO_VISIT_PURPOSES),
        agenda: 'Personeelsbehoefte, openstaande vacatures, mogelijke kandidaten',
        participants,
        allowOverlap: true,
      });
      counts.visits++;
    }
  }

  private async propose(coach: Actor, vacancy: VacancyEntity, profileId: string, counts: SeedCounts) {
    counts.proposals++;
    return this.handover.propose(coach, {
      vacancyId: vacancy.id,
      profileId,
      candidateAgreed: true,
      motivation: 'Past goed bij de functie en wil graag kennismaken.',
    });
  }

  private advance(
    actor: Actor,
    proposal: Proposal,
    status: ProposalStatus,
    extra: { reason?: string; startDate?: string } = {},
  ): Promise<Proposal> {
    return this.handover.advance(actor, { id: proposal.id, version: proposal.version, status, ...extra });
  }

  /** A profile by its (demo) client number: the existing one, or a new one. */
  /** `maxWwSince`: the day a Max-WW candidate entered the pool, in the demo's year of history. */
  private async profile(
    coach: Actor,
    clientNumber: string,
    input: () => Omit<CreateCandidateProfileInput, 'clientNumber'>,
    maxWwSince: string,
  ): Promise<{ id: string; created: boolean }> {
    try {
      return { id: (await this.profiles.findByClientNumber(coach, clientNumber)).id, created: false };
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'NOT_FOUND') throw error;
    }
    const { id } = await this.profiles.create(coach, { ...input(), clientNumber });
    await this.maxWwCohorts.recordEntry(id, maxWwSince);
    return { id, created: true };
  }

  /** Job coaches of the organisations serving the place, in turn: both pools in every municipality they share. */
  private coachFor(place: DemoPlace, index: number): Promise<Actor> {
    if (place === EMMEN) return this.actor('jobcoach', 'emmen');
    const municipal = place.municipalityCode === 'GM0014' ? 'groningen' : 'wpda';
    const coaches: [string, string][] = [
      ['jobcoach', 'uwv'],
      ['jobcoach', municipal],
      [staffLocalPart(municipal === 'groningen' ? 'Nadia El Amrani' : 'Fatma Yilmaz'), municipal],
      [staffLocalPart('Ilse Mulder'), 'uwv'],
    ];
    const [prefix, slug] = coaches[index % coaches.length];
    return this.actor(prefix, slug);
  }

  private profileOwner(profile: PoolProfile): Promise<Actor> {
    const place = [...DEMO_PLACES, EMMEN].find((p) => p.municipalityCode === profile.municipalityCode)!;
    return this.coachFor(place, profile.index);
  }

  /** The demo account manager of UWV leads one account in four: their own day is full. */
  private leadFor(index: number, inEmmen: boolean): Promise<Actor> {
    if (inEmmen) return this.actor(index % 2 ? staffLocalPart('Gert Wiersma') : 'accountmanager', 'emmen');
    const leads: [string, string][] = [
      ['accountmanager', 'uwv'],
      ['accountmanager', 'wpda'],
      [staffLocalPart('Sanne de Vries'), 'uwv'],
      ['accountmanager', 'groningen'],
      [staffLocalPart('Rutger Kramer'), 'wpda'],
      [staffLocalPart('Wouter Postma'), 'groningen'],
      [staffLocalPart('Mark Bakker'), 'uwv'],
    ];
    const [prefix, slug] = leads[index % leads.length];
    return this.actor(prefix, slug);
  }

  /** A colleague of the other kind of organisation joins the account team: UWV with a municipality. */
  private async partnerOf(lead: Actor, index: number, inEmmen: boolean): Promise<Actor | undefined> {
    if (inEmmen || index % 5 === 4) return undefined;
    if (lead.organisationKind === 'UWV') {
      return this.actor('accountmanager', index % 2 ? 'groningen' : 'wpda');
    }
    return this.actor(index % 3 === 0 ? staffLocalPart('Sanne de Vries') : 'accountmanager', 'uwv');
  }

  private async actor(prefix: string, slug: string): Promise<Actor> {
    const subject = `demo|${demoEmail(prefix, slug)}`;
    const known = this.actors.get(subject);
    if (known) return known;
    const found = await this.directory.actorOfSubject(subject);
    if (!found) throw new Error(`demo user ${subject} is missing or inactive`);
    this.actors.set(subject, found);
    return found;
  }
}

function profileInput(
  random: DemoRandom,
  occupation: DemoOccupation,
  place: DemoPlace,
  coach: Actor,
  paused: boolean,
): Omit<CreateCandidateProfileInput, 'clientNumber'> {
  const uwv = coach.organisationKind === 'UWV';
  const targetGroups: TargetGroup[] = [];
  if (uwv && random.chance(0.3)) targetGroups.push(TargetGroup.MAX_WW);
  if (!uwv && random.chance(0.4)) targetGroups.push(TargetGroup.SOCIAL_ASSISTANCE);
  if (!uwv && random.chance(0.15)) targetGroups.push(TargetGroup.JOBS_AGREEMENT);
  if (random.chance(0.2)) targetGroups.push(TargetGroup.AGE_50_PLUS);
  const hoursMax = random.pick([20, 24, 32, 36, 40]);
  return {
    legalBasis: uwv ? LegalBasis.PUBLIC_TASK : LegalBasis.CONSENT,
    municipalityCode: place.municipalityCode,
    occupationCodes: [occupation.code],
    skillCodes: random.some(occupation.skills, random.int(1, occupation.skills.length)),
    educationLevel: occupation.education,
    hoursMin: Math.max(8, hoursMax - random.pick([0, 8, 16])),
    hoursMax,
    availableFrom: dutchToday().slice(0, 7),
    travelRadiusKm: random.pick([10, 15, 25, 40]),
    experienceBand: random.pick(Object.values(ExperienceBand)),
    ageBand: targetGroups.includes(TargetGroup.AGE_50_PLUS) ? AgeBand.FROM_50 : random.pick(Object.values(AgeBand)),
    languages: ['nl'],
    drivingLicences: random.chance(0.6) ? ['B'] : [],
    targetGroups,
    // Some WW ended already: the cohorts show who is still without work.
    wwEndMonth: targetGroups.includes(TargetGroup.MAX_WW) ? monthsAhead(random.int(-3, 10)) : undefined,
    pitch: random.pick(DEMO_PITCHES),
    status: paused ? ('PAUSED' as CreateCandidateProfileInput['status']) : undefined,
  };
}

/** `Sanne de Vries` -> `sanne.devries`. */
export function staffLocalPart(name: string): string {
  const [first, ...rest] = name.toLowerCase().split(' ');
  return `${first}.${rest.join('')}`;
}

const slugOf = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');

function monthsAhead(months: number): string {
  const today = new Date(`${dutchToday()}T12:00:00Z`);
  today.setUTCDate(1);
  today.setUTCMonth(today.getUTCMonth() + months);
  return today.toISOString().slice(0, 7);
}

/** Undefined when the service answers CONFLICT (already there): the seed skips it. */
async function ignoreConflict<T>(action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT') return undefined;
    throw error;
  }
}
