import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@wsp/platform';

export enum CandidateStatus {
  /** Shared with the region: matching proposes it for vacancies. */
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  PLACED = 'PLACED',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

export enum CandidatePool {
  UWV = 'UWV',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(CandidatePool, { name: 'CandidatePool', description: "The owner's kind of organisation." });

export enum LegalBasis {
  /** The person agreed to share the anonymised profile (toestemming). */
  CONSENT = 'CONSENT',
  /** A statutory task of the organisation (SUWI, Participatiewet). */
  PUBLIC_TASK = 'PUBLIC_TASK',
}
registerEnumType(LegalBasis, { name: 'LegalBasis' });

export enum ExperienceBand {
  NONE = 'NONE',
  UNDER_1_YEAR = 'UNDER_1_YEAR',
  YEARS_1_TO_3 = 'YEARS_1_TO_3',
  YEARS_3_TO_10 = 'YEARS_3_TO_10',
  OVER_10_YEARS = 'OVER_10_YEARS',
}
registerEnumType(ExperienceBand, { name: 'ExperienceBand', description: 'Relevant work experience.' });

export enum TargetGroup {
  /** Doelgroepregister banenafspraak. */
  JOBS_AGREEMENT = 'JOBS_AGREEMENT',
  /** WW ends soon (give wwEndMonth): priority in matching. */
  MAX_WW = 'MAX_WW',
  AGE_50_PLUS = 'AGE_50_PLUS',
  /** Bijstand (Participatiewet). */
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  /** Statushouder. */
  STATUS_HOLDER = 'STATUS_HOLDER',
  /** Young people without a basic qualification. */
  YOUTH_WITHOUT_QUALIFICATION = 'YOUTH_WITHOUT_QUALIFICATION',
}
registerEnumType(TargetGroup, { name: 'TargetGroup' });

export enum AgeBand {
  UNDER_27 = 'UNDER_27',
  FROM_27_TO_49 = 'FROM_27_TO_49',
  FROM_50 = 'FROM_50',
}
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: "For the owner's reports only: never shared, never used in matching.",
});

/** The fields every organisation of the region may see (through matching); nothing that identifies a person. */
@ObjectType({ isAbstract: true })
abstract class SharedProfileFields {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Random code, e.g. K-7F3Q-2M9X; the owner notes it in their own system.' })
  publicCode!: string;

  @Field(() => CandidatePool)
  pool!: CandidatePool;

  @Field()
  regionCode!: string;

  @Field(() => ID, { description: 'The organisation that owns the profile.' })
  ownerOrganisationId!: string;

  @Field(() => ID, { description: 'The owning job coach: the contact for this candidate.' })
  coachId!: string;

  @Field(() => [String], { description: 'Desired ISCO-08 unit groups (1-5).' })
  occupationCodes!: string[];

  @Field(() => [String])
  skillCodes!: string[];

  @Field(() => String, { nullable: true })
  educationLevel!: string | null;

  @Field(() => ExperienceBand, { nullable: true })
  experienceBand!: ExperienceBand | null;

  @Field(() => Int, { nullable: true })
  hoursMin!: number | null;

  @Field(() => Int, { nullable: true })
  hoursMax!: number | null;

  @Field({ description: 'The candidate can work other hours than their range.' })
  hoursFlexible!: boolean;

  @Field(() => String, { nullable: true, description: 'Month from which the candidate is available, e.g. 2027-02.' })
  availableFrom!: string | null;

  @Field({ description: 'Municipality of residence (CBS code).' })
  municipalityCode!: string;

  @Field(() => Int)
  travelRadiusKm!: number;

  @Field(() => [String])
  drivingLicences!: string[];

  @Field(() => [String])
  languages!: string[];

  @Field(() => [TargetGroup])
  targetGroups!: TargetGroup[];

  @Field(() => String, { nullable: true, description: 'Month the WW benefit ends (Max-WW), e.g. 2027-03.' })
  wwEndMonth!: string | null;

  @Field(() => String, { nullable: true })
  pitch!: string | null;

  @Field(() => CandidateStatus)
  status!: CandidateStatus;

  @Field({ description: 'ISO date after which the profile is deleted unless renewed.' })
  expiresOn!: string;
}

@ObjectType({ description: 'A candidate as another organisation sees it: anonymised, without owner-only fields.' })
export class AnonymisedCandidateProfile extends SharedProfileFields {}

@ObjectType({ description: "A candidate profile as its owning organisation's job coaches see it." })
export class CandidateProfile extends SharedProfileFields {
  @Field(() => Int)
  version!: number;

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;

  @Field(() => String, { nullable: true, description: 'Owner-only note; never shared.' })
  internalNote!: string | null;

  @Field({ description: 'Whether a client number was registered (the number itself is never stored).' })
  hasClientNumber!: boolean;

  @Field(() => LegalBasis)
  legalBasis!: LegalBasis;

  @Field(() => DateTimeScalar)
  legalBasisRecordedAt!: Date;

  @Field(() => ID)
  legalBasisRecordedBy!: string;

  @Field(() => [String], { description: 'What the profile lacks before it can be shared (ACTIVE).' })
  missingForSharing!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const CandidateProfileConnection = Connection(CandidateProfile);
