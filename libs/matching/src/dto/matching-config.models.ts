import { applyDecorators } from '@nestjs/common';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';

@ObjectType('MatchingWeights', { description: 'Relative weights of the score components (see docs/ALGORITHM.md).' })
export class MatchingWeightsView {
  @Field(() => Float) occupation!: number;
  @Field(() => Float) requiredSkills!: number;
  @Field(() => Float) niceToHaveSkills!: number;
  @Field(() => Float) distance!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Float) education!: number;
  @Field(() => Float) availability!: number;
  @Field(() => Float) languages!: number;
}

@ObjectType({ description: "A region's matching configuration: its own settings over the documented defaults." })
export class MatchingConfiguration {
  @Field()
  regionCode!: string;

  @Field(() => Int, { description: '0 while the region uses the defaults.' })
  version!: number;

  @Field(() => MatchingWeightsView)
  weights!: MatchingWeightsView;

  @Field(() => Float, {
    description:
      'The Max-WW priority band in points: a fitting Max-WW candidate moves up past candidates at most this much better. It never changes the score or who is listed.',
  })
  maxWwBonus!: number;

  @Field(() => Int)
  maxWwWindowMonths!: number;

  @Field(() => Float, { description: "Kilometres beyond a candidate's own travel radius still counted as in reach." })
  travelToleranceKm!: number;

  @Field(() => Float, { description: "The least overlap, in hours per week, of a candidate's and a vacancy's hours." })
  minimumHoursOverlap!: number;

  @Field(() => Float)
  minimumScore!: number;

  @Field(() => Int)
  topListSize!: number;

  @Field(() => Float)
  minimumPoolShare!: number;
}

/** An optional relative weight, 0-100. */
const IsWeight = (): PropertyDecorator => applyDecorators(IsOptional(), IsNumber(), Min(0), Max(100));

@InputType()
export class MatchingWeightsInput {
  @Field(() => Float, { nullable: true }) @IsWeight() occupation?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() requiredSkills?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() niceToHaveSkills?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() distance?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() hours?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() education?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() availability?: number;
  @Field(() => Float, { nullable: true }) @IsWeight() languages?: number;
}

@InputType({ description: 'Leave a field out to keep its current value.' })
export class UpdateMatchingConfigInput {
  @Field()
  @Matches(/^[A-Z_]{2,40}$/, { message: 'regionCode must be a region code like GRONINGEN' })
  regionCode!: string;

  @Field(() => Int, { description: 'The version last read (0 for a region on the defaults).' })
  @IsInt()
  @Min(0)
  version!: number;

  @Field(() => MatchingWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsInput)
  weights?: MatchingWeightsInput;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(20)
  maxWwBonus?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(12)
  maxWwWindowMonths?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(50)
  travelToleranceKm?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(40)
  minimumHoursOverlap?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  minimumScore?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  topListSize?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(0.5)
  minimumPoolShare?: number;
}
