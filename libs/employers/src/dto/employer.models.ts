import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@wsp/platform';

export enum SizeClassEnum {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}
registerEnumType(SizeClassEnum, {
  name: 'SizeClass',
  valuesMap: {
    MICRO: { description: 'Fewer than 10 employees.' },
    SMALL: { description: '10 to 49 employees.' },
    MEDIUM: { description: '50 to 249 employees.' },
    LARGE: { description: '250 employees or more.' },
  },
});

export enum TimelineKindEnum {
  NOTE = 'NOTE',
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  TEAM_CHANGED = 'TEAM_CHANGED',
  MERGED = 'MERGED',
  VACANCY_CREATED = 'VACANCY_CREATED',
  VACANCY_STATUS = 'VACANCY_STATUS',
  VISIT = 'VISIT',
}
registerEnumType(TimelineKindEnum, { name: 'TimelineKind' });

@ObjectType({ description: 'Werkgever: an account in the shared employer book of a labour market region.' })
export class Employer {
  @Field(() => ID)
  id!: string;

  @Field()
  regionCode!: string;

  @Field({ description: 'KvK-nummer, 8 digits; unique within the region.' })
  kvkNumber!: string;

  @Field(() => String, { nullable: true, description: 'Vestigingsnummer, 12 digits.' })
  establishmentNumber!: string | null;

  @Field()
  legalName!: string;

  @Field(() => String, { nullable: true })
  tradeName!: string | null;

  @Field(() => [String], { description: 'SBI sector codes.' })
  sbiCodes!: string[];

  @Field(() => SizeClassEnum, { nullable: true })
  sizeClass!: SizeClassEnum | null;

  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  houseNumber!: string | null;

  @Field(() => String, { nullable: true })
  postcode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality of the business address.' })
  municipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field({ description: 'Grote opdrachtgever: visited jointly, with one lead account manager.' })
  keyAccount!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Set when this account was merged into another: open that one instead.',
  })
  mergedIntoId!: string | null;

  @Field(() => Int, { description: 'Pass back on update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType({ description: 'A business contact at the employer.' })
export class EmployerContact {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A member of the account team: any partner organisation of the region.' })
export class TeamMember {
  @Field(() => ID)
  userId!: string;

  @Field({ description: 'The lead account manager: one face to the employer.' })
  isLead!: boolean;
}

@ObjectType()
export class TimelineEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => TimelineKindEnum)
  kind!: TimelineKindEnum;

  @Field()
  text!: string;

  @Field(() => ID)
  authorId!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: Date;
}

export const EmployerConnection = Connection(Employer);

@ObjectType({ description: 'What merging an account into another would move, and which empty fields it would fill.' })
export class EmployerMergePreview {
  @Field(() => Int) contacts!: number;
  @Field(() => Int) vacancies!: number;
  @Field(() => Int) visits!: number;
  @Field(() => Int) placements!: number;
  @Field(() => Int, { description: 'Notes and other entries of its timeline.' }) timelineEntries!: number;
  @Field(() => Int, { description: 'Colleagues who join the kept account team.' }) teamMembers!: number;
  @Field(() => [String], { description: "The kept account's empty fields the merged one fills, e.g. website." })
  filledFields!: string[];
}
