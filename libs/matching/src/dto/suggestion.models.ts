import { DateTimeScalar } from '@wsp/platform';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CandidatePool } from '@wsp/candidates';

@ObjectType({ description: 'One part of a score: how well the pair fits on it (0-1) and how much it weighs.' })
export class ScoreComponent {
  @Field({
    description: 'occupation, requiredSkills, niceToHaveSkills, distance, hours, education, availability, languages',
  })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Empty when the vacancy asks nothing of this kind.' })
  value!: number | null;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'A skill the vacancy requires that the candidate does not list.' })
export class MissingSkill {
  @Field()
  code!: string;

  @Field({ description: 'Dutch.' })
  label!: string;
}

@ObjectType({ description: 'What a suggestion rests on, as facts (the explanation says the same in Dutch).' })
export class SuggestionFit {
  @Field(() => Float, { description: 'Between the municipality centroids.' })
  distanceKm!: number;

  @Field(() => Int, { description: 'How far the candidate wants to travel.' })
  travelRadiusKm!: number;

  @Field({ description: "The vacancy's work can be done from home: the distance does not count." })
  remoteWork!: boolean;

  @Field(() => Int)
  candidateHoursMin!: number;

  @Field(() => Int)
  candidateHoursMax!: number;

  @Field({ description: 'The candidate can work other hours than their range.' })
  candidateHoursFlexible!: boolean;

  @Field(() => Int)
  vacancyHoursMin!: number;

  @Field(() => Int)
  vacancyHoursMax!: number;

  @Field(() => Int, { description: 'Required skills of the vacancy (0: it requires none).' })
  requiredSkillCount!: number;

  @Field(() => Int)
  requiredSkillsHeld!: number;

  @Field(() => [MissingSkill])
  missingSkills!: MissingSkill[];

  @Field({
    description:
      'SAME, RELATED (a related occupation of another ISCO branch), MINOR_GROUP, SUB_MAJOR_GROUP or NONE (found on skills).',
  })
  occupationMatch!: string;

  @Field(() => String, { nullable: true, description: "The candidate's occupation that matched (ISCO unit group)." })
  occupationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch.' })
  occupationTitle!: string | null;

  @Field({ description: 'YYYY-MM: available from (this month when already available).' })
  availableFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, Max-WW candidates only: the month the WW ends.' })
  wwEndMonth!: string | null;

  @Field({ description: 'Ranked with the Max-WW priority (the WW ends within the region window).' })
  maxWwPriority!: boolean;
}

@ObjectType({ description: 'A candidate suggested for a vacancy by the matching engine, with its explanation.' })
export class Suggestion {
  @Field(() => ID)
  vacancyId!: string;

  @Field(() => ID)
  profileId!: string;

  @Field(() => CandidatePool)
  pool!: CandidatePool;

  @Field(() => Int, { description: '0-100.' })
  score!: number;

  @Field(() => Int, { description: "Place in the vacancy's top list." })
  rank!: number;

  @Field({ description: 'Selected to balance pools: placed above higher scores of the other pool.' })
  balanced!: boolean;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];

  @Field(() => Int, {
    description:
      'Max-WW priority points used to order this candidate (0 for none); never part of the score. See docs/ALGORITHM.md.',
  })
  maxWwBonus!: number;

  @Field(() => Float, { description: 'Between the municipality centroids.' })
  distanceKm!: number;

  @Field(() => [String], { description: 'The score in words (Dutch), for the people who act on it.' })
  explanation!: string[];

  @Field(() => SuggestionFit, { nullable: true, description: 'Empty for suggestions of engine version 1.' })
  fit!: SuggestionFit | null;

  @Field(() => DateTimeScalar)
  computedAt!: Date;

  @Field(() => Int)
  engineVersion!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  dismissedAt!: Date | null;

  @Field(() => String, { nullable: true })
  dismissReason!: string | null;
}

@ObjectType({ description: 'One run of a matching job, as the queue left it.' })
export class MatchingRun {
  @Field(() => ID)
  id!: string;

  @Field()
  jobId!: string;

  @Field({ description: 'VACANCY or PROFILE.' })
  kind!: string;

  @Field({ description: 'RUNNING, RETRYING, COMPLETED or FAILED.' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  candidates!: number | null;

  @Field(() => Int, { nullable: true })
  suggestions!: number | null;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => DateTimeScalar)
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType({ description: 'Candidates first suggested recently for one of your open vacancies, not yet acted on.' })
export class NewSuggestions {
  @Field(() => ID) vacancyId!: string;
  @Field() vacancyTitle!: string;
  @Field(() => Int, { description: 'Not dismissed and no interest shown yet.' }) count!: number;
  @Field(() => Int) bestScore!: number;
  @Field(() => DateTimeScalar, { description: 'When the newest of them was first suggested.' }) newestAt!: Date;
}
