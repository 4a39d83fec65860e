import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export enum SkillKindEnum {
  TRANSVERSAL = 'TRANSVERSAL',
  OCCUPATIONAL = 'OCCUPATIONAL',
}
registerEnumType(SkillKindEnum, { name: 'SkillKind' });

export const MAX_SEARCH_LENGTH = 100;
export const ISCO_CODE = /^[0-9]{1,4}$/;

@ObjectType({ description: 'An ISCO-08 occupation group; unit groups (level 4) are what vacancies and profiles use.' })
export class Occupation {
  @Field({ description: 'ISCO-08 code: 1 digit (major group) to 4 digits (unit group).' })
  code!: string;

  @Field(() => Int, { description: '1 major, 2 sub-major, 3 minor, 4 unit group.' })
  level!: number;

  @Field()
  titleNl!: string;

  @Field()
  titleEn!: string;

  parentCode!: string | null;
}

@ObjectType()
export class Skill {
  @Field()
  code!: string;

  @Field(() => SkillKindEnum)
  kind!: SkillKindEnum;

  @Field()
  labelNl!: string;

  @Field()
  labelEn!: string;
}

@ObjectType({ description: 'A Dutch education level, ordered; `nlqf` decides whether one meets a minimum.' })
export class EducationLevel {
  @Field()
  code!: string;

  @Field()
  labelNl!: string;

  @Field()
  labelEn!: string;

  @Field(() => Int)
  sortOrder!: number;

  @Field(() => Int, { description: 'Level in the Dutch qualifications framework (NLQF).' })
  nlqf!: number;

  @Field(() => Int, { description: 'ISCED 2011 level.' })
  isced!: number;
}

@ArgsType()
export class OccupationSearchArgs {
  @Field({
    description:
      'A code prefix, a title or a Dutch job title; case and accents do not matter. Empty: the major groups.',
  })
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  search!: string;

  @Field(() => Int, { nullable: true, description: 'At most this many results, 1-100; default 20.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;
}

@ArgsType()
export class SkillSearchArgs {
  @Field({ nullable: true, description: 'Part of a Dutch or English label.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_SEARCH_LENGTH)
  search?: string;

  @Field({
    nullable: true,
    description: 'Only skills typical for this ISCO unit group (or the unit groups below a group).',
  })
  @IsOptional()
  @Matches(ISCO_CODE, { message: 'occupationCode must be an ISCO-08 code of 1 to 4 digits' })
  occupationCode?: string;

  @Field(() => Int, { nullable: true, description: 'At most this many results, 1-200; default 50.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number;
}
