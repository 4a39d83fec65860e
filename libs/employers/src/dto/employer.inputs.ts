import { Field, ID, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsWorkPhoneNumber, VersionedInput } from '@wsp/platform';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SizeClassEnum } from './employer.models';

const KVK = /^[0-9]{8}$/;
const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const MUNICIPALITY = /^GM[0-9]{4}$/;
const SBI = /^[0-9]{2,5}$/;

@InputType()
class EmployerFields {
  @Field({ nullable: true, description: 'Vestigingsnummer, 12 digits.' })
  @IsOptional()
  @Matches(/^[0-9]{12}$/, { message: 'establishmentNumber must be 12 digits' })
  establishmentNumber?: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'legalName must not be blank' })
  legalName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  tradeName?: string;

  @Field(() => [String], { nullable: true, description: 'SBI codes, 2 to 5 digits each.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(SBI, { each: true, message: 'each SBI code must have 2 to 5 digits' })
  sbiCodes?: string[];

  @Field(() => SizeClassEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SizeClassEnum)
  sizeClass?: SizeClassEnum;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  houseNumber?: string;

  @Field({ nullable: true, description: 'Dutch postcode, e.g. 9401 AB.' })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a Dutch postcode like 9401 AB' })
  postcode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @Field({ nullable: true, description: 'CBS code of the municipality of the business address.' })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: 'municipalityCode must be a CBS code like GM0106' })
  municipalityCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: false }, { message: 'website must be a web address' })
  @MaxLength(300)
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  keyAccount?: boolean;
}

@InputType()
export class CreateEmployerInput extends EmployerFields {
  @Field({ nullable: true, description: 'Defaults to your region when your organisation serves one.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @Field({ description: 'KvK-nummer: 8 digits.' })
  @Matches(KVK, { message: 'kvkNumber must be 8 digits' })
  kvkNumber!: string;
}

@InputType()
export class UpdateEmployerInput extends IntersectionType(
  PartialType(EmployerFields, InputType),
  VersionedInput,
  InputType,
) {}

@InputType()
export class EmployerFilter {
  @Field({ nullable: true, description: 'Part of the legal or trade name or of the place, or a KvK number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY, { message: 'municipalityCode must be a CBS code like GM0106' })
  municipalityCode?: string;

  @Field({ nullable: true, description: 'SBI code or a prefix of one (e.g. 47 for retail).' })
  @IsOptional()
  @Matches(SBI, { message: 'sbi must have 2 to 5 digits' })
  sbi?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  keyAccount?: boolean;

  @Field(() => ID, { nullable: true, description: 'Employers whose lead account manager is this user.' })
  @IsOptional()
  @IsUUID()
  leadUserId?: string;

  @Field(() => SizeClassEnum, { nullable: true })
  @IsOptional()
  @IsEnum(SizeClassEnum)
  sizeClass?: SizeClassEnum;

  @Field({ nullable: true, description: 'true: with an open vacancy; false: without one.' })
  @IsOptional()
  @IsBoolean()
  hasOpenVacancies?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'No contact (a held visit or a note) in this many days, or never: the accounts to call.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  noContactForDays?: number;
}

@InputType()
class ContactFields {
  @Field()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string;

  @Field({ nullable: true, description: 'Work e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsWorkPhoneNumber({ message: 'phone must be a phone number' })
  phone?: string;
}

@InputType()
export class AddContactInput extends ContactFields {
  @Field(() => ID)
  @IsUUID()
  employerId!: string;
}

@InputType()
export class UpdateContactInput extends IntersectionType(
  PartialType(ContactFields, InputType),
  VersionedInput,
  InputType,
) {}

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID()
  employerId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field({ nullable: true, description: 'Make this member the lead; the previous lead stays in the team.' })
  @IsOptional()
  @IsBoolean()
  isLead?: boolean;
}

@InputType()
export class AddEmployerNoteInput {
  @Field(() => ID)
  @IsUUID()
  employerId!: string;

  @Field()
  @IsString()
  @Length(1, 4000)
  text!: string;
}
