import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CandidatePool } from '@wsp/candidates';

@ObjectType({ description: 'One place of a previewed top list.' })
export class PreviewedCandidate {
  @Field(() => ID) profileId!: string;
  @Field(() => CandidatePool) pool!: 'UWV' | 'MUNICIPALITY';
  @Field(() => Int) score!: number;
  @Field(() => Int) rank!: number;
  @Field({ description: 'Placed to give a pool its minimum share.' }) balanced!: boolean;
}

@ObjectType({ description: "A vacancy's top list now and under an edited matching configuration; nothing saved." })
export class MatchingPreview {
  @Field(() => ID) vacancyId!: string;
  @Field(() => [PreviewedCandidate]) current!: PreviewedCandidate[];
  @Field(() => [PreviewedCandidate]) edited!: PreviewedCandidate[];
}
