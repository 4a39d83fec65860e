import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Role } from '@wsp/platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';

@InputType()
export class AddUserInput {
  @Field(() => ID, {
    nullable: true,
    description: "Defaults to the administrator's own organisation, the only one allowed.",
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ description: "The identity provider's subject (`sub` claim) of this person." })
  @IsString()
  @Length(1, 255)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject!: string;

  @Field({
    nullable: true,
    description:
      "The identity provider (its issuer URL) the subject belongs to; defaults to the organisation's only provider.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'issuer must not be blank' })
  issuer?: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @Field({ description: 'Work e-mail address.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  version!: number;
}

@InputType()
export class ChangeUserRolesInput extends SetUserActiveInput {
  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

@InputType({ description: "Corrections to a user's sign-in issuer, subject, name or e-mail; what is left out stays." })
export class UpdateUserInput extends SetUserActiveInput {
  @Field({ nullable: true, description: "The identity provider's subject (`sub` claim) of this person." })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  @Matches(/\S/, { message: 'subject must not be blank' })
  subject?: string;

  @Field({
    nullable: true,
    description: 'The identity provider (its issuer URL) the subject belongs to; what is left out stays.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'issuer must not be blank' })
  issuer?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName?: string;

  @Field({ nullable: true, description: 'Work e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @Length(3, 254)
  email?: string;
}
