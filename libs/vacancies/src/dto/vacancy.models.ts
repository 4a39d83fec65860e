import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, DateTimeScalar } from '@wsp/platform';
import { VacancyStatus } from '../vacancy-lifecycle';

export enum ContractTypeEnum {
  PERMANENT = 'PERMANENT',
  TEMPORARY = 'TEMPORARY',
  TEMP_AGENCY = 'TEMP_AGENCY',
  APPRENTICESHIP = 'APPRENTICESHIP',
  INTERNSHIP = 'INTERNSHIP',
  OTHER = 'OTHER',
}
registerEnumType(ContractTypeEnum, {
  name: 'ContractType',
  valuesMap: {
    PERMANENT: { description: 'Vast contract.' },
    TEMPORARY: { description: 'Tijdelijk contract.' },
    TEMP_AGENCY: { description: 'Uitzendwerk.' },
    APPRENTICESHIP: { description: 'Leerwerkplek (BBL).' },
    INTERNSHIP: { description: 'Stage.' },
    OTHER: { description: 'Anders.' },
  },
});
registerEnumType(VacancyStatus, {
  name: 'VacancyStatus',
  description: 'OPEN <-> ON_HOLD; OPEN -> FILLED or CLOSED.',
});

@ObjectType()
export class VacancySkill {
  @Field()
  skillCode!: string;

  @Field({ description: 'Required (a must) or nice to have.' })
  required!: boolean;

  @Field(() => Int, { description: 'Weight 1-5 in matching.' })
  weight!: number;
}

@ObjectType({ description: 'Vacature of an employer in the shared book of the region.' })
export class Vacancy {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  employerId!: string;

  @Field()
  regionCode!: string;

  @Field()
  title!: string;

  @Field({ description: 'ISCO-08 unit group.' })
  occupationCode!: string;

  @Field(() => String, { nullable: true, description: 'Education level code, e.g. MBO_2.' })
  minEducationLevel!: string | null;

  @Field(() => Int)
  hoursMin!: number;

  @Field(() => Int)
  hoursMax!: number;

  @Field({ description: 'CBS code of the municipality of the workplace.' })
  municipalityCode!: string;

  @Field(() => ContractTypeEnum)
  contractType!: ContractTypeEnum;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  closingDate!: string | null;

  @Field(() => Int)
  positions!: number;

  @Field(() => [String], { description: 'Required driving licence categories, e.g. B, C, CE.' })
  drivingLicences!: string[];

  @Field(() => [String], { description: 'Required languages (ISO 639-1), e.g. nl, en.' })
  languages!: string[];

  @Field({ description: 'Suitable for the jobs agreement (banenafspraak).' })
  jobsAgreement!: boolean;

  @Field({ description: 'The work can be done from home: matching does not hold candidates to their travel radius.' })
  remoteWork!: boolean;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID)
  ownerOrganisationId!: string;

  @Field(() => ID)
  accountManagerId!: string;

  @Field(() => VacancyStatus)
  status!: VacancyStatus;

  @Field(() => Int, { description: 'Pass back on update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

export const VacancyConnection = Connection(Vacancy);
