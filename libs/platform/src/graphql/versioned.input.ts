import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/** The record to change and the version the client last read: a stale version is refused with CONFLICT. */
@InputType({ isAbstract: true })
export class VersionedInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}
