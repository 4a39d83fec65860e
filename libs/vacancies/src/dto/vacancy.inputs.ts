import { Field, ID, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { VersionedInput } from '@wsp/platform';
import { IsDrivingLicences, IsLanguageCodes } from '@wsp/taxonomy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import { VacancyStatus } from '../vacancy-lifecycle';
import { ContractTypeEnum } from './vacancy.models';

/**
 * A vacancy closes on or after the day its work starts, when both are given (the form, the API and an import all
 * validate this class). An update that gives one of the two is checked against the stored other by the service.
 */
function ClosesNotBeforeStart(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'closesNotBeforeStart',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'closingDate must not be before the start date' },
      validator: {
        validate: (closingDate: unknown, args?: ValidationArguments) => {
          const startDate = (args?.object as { startDate?: unknown } | undefined)?.startDate;
          return typeof closingDate !== 'string' || typeof startDate !== 'string' || closingDate >= startDate;
        },
      },
    });
}

@InputType()
export class VacancySkillInput {
  @Field()
  @Matches(/^[A-Z]{3}-[0-9]{2}$/, { message: 'code must be a skill code like LOG-01' })
  code!: string;

  @Field()
  @IsBoolean()
  required!: boolean;

  @Field(() => Int, { nullable: true, description: '1-5; default 1.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  weight?: number;
}

@InputType()
class VacancyFields {
  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field({ description: 'ISCO-08 unit group (4 digits).' })
  @Matches(/^[0-9]{4}$/, { message: 'occupationCode must be an ISCO-08 unit group of 4 digits' })
  occupationCode!: string;

  @Field(() => [VacancySkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillInput)
  skills?: VacancySkillInput[];

  @Field({ nullable: true, description: 'Education level code, e.g. MBO_2.' })
  @IsOptional()
  @Matches(/^[A-Z_0-9]{2,20}$/, { message: 'minEducationLevel must be an education level code' })
  minEducationLevel?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMin!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax!: number;

  @Field({ description: 'CBS code of the municipality of the workplace.' })
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code like GM0106' })
  municipalityCode!: string;

  @Field(() => ContractTypeEnum)
  @IsEnum(ContractTypeEnum)
  contractType!: ContractTypeEnum;

  @Field({ nullable: true, description: 'ISO date, e.g. 2027-02-01.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startDate must be a date like 2027-02-01' })
  startDate?: string;

  @Field({ nullable: true, description: 'ISO date; not before the start date.' })
  @IsOptional()
  @ClosesNotBeforeStart()
  @IsISO8601({ strict: true }, { message: 'closingDate must be a date like 2027-02-01' })
  closingDate?: string;

  @Field(() => Int, { nullable: true, description: 'Number of positions; default 1.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  positions?: number;

  @Field(() => [String], { nullable: true })
  @IsDrivingLicences()
  drivingLicences?: string[];

  @Field(() => [String], { nullable: true })
  @IsLanguageCodes()
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  jobsAgreement?: boolean;

  @Field({ nullable: true, description: 'The work can be done from home (default false).' })
  @IsOptional()
  @IsBoolean()
  remoteWork?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to you.' })
  @IsOptional()
  @IsUUID()
  accountManagerId?: string;
}

@InputType()
export class CreateVacancyInput extends VacancyFields {
  @Field(() => ID)
  @IsUUID()
  employerId!: string;
}

@InputType()
export class UpdateVacancyInput extends IntersectionType(
  PartialType(VacancyFields, InputType),
  VersionedInput,
  InputType,
) {}

@InputType()
export class ChangeVacancyStatusInput extends VersionedInput {
  @Field(() => VacancyStatus)
  @IsEnum(VacancyStatus)
  status!: VacancyStatus;
}

@InputType()
export class VacancyFilter {
  @Field(() => VacancyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(VacancyStatus)
  status?: VacancyStatus;

  @Field({ nullable: true, description: 'ISCO-08 code or prefix (a group includes its unit groups).' })
  @IsOptional()
  @Matches(/^[0-9]{1,4}$/, { message: 'occupationCode must be an ISCO-08 code of 1 to 4 digits' })
  occupationCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^GM[0-9]{4}$/, { message: 'municipalityCode must be a CBS code like GM0106' })
  municipalityCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;
}
