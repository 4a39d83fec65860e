import { DateTimeScalar } from '@wsp/platform';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBase64, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export enum ImportKindEnum {
  EMPLOYERS = 'EMPLOYERS',
  CONTACTS = 'CONTACTS',
  VACANCIES = 'VACANCIES',
}
registerEnumType(ImportKindEnum, { name: 'ImportKind' });

export enum ImportStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatusEnum, { name: 'ImportStatus' });

@ObjectType({ description: 'A row the import could not apply; nothing of that row was stored.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file; the header is line 1.' })
  line!: number;

  @Field({ description: 'The column of the file.' })
  column!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: "An import of an organisation's own export; progress is readable while it runs." })
export class EmployerImport {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportKindEnum)
  kind!: ImportKindEnum;

  @Field()
  fileName!: string;

  @Field(() => ImportStatusEnum)
  status!: ImportStatusEnum;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowsTotal!: number;

  @Field(() => Int, { description: 'Rows handled so far (applied, unchanged or refused).' })
  rowsDone!: number;

  @Field(() => Int, { description: 'Rows that created or changed a record.' })
  rowsChanged!: number;

  @Field(() => Int)
  rowsFailed!: number;

  @Field(() => [ImportRowError], { description: 'The first 1,000 refused rows.' })
  errors!: ImportRowError[];

  @Field(() => [ImportRowError], {
    description: 'The first 1,000 rows taken with a change, e.g. a 7-digit KvK number given its leading 0.',
  })
  warnings!: ImportRowError[];

  @Field(() => String, { nullable: true, description: 'Why the whole file was refused, if it was.' })
  failure!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: Date | null;
}

@InputType()
export class StartImportInput {
  @Field(() => ImportKindEnum)
  @IsEnum(ImportKindEnum)
  kind!: ImportKindEnum;

  @Field()
  @IsString()
  @Length(1, 200)
  fileName!: string;

  @Field({
    description: 'The CSV file, base64-encoded (at most 700 kB before encoding; POST /imports takes up to 50 MB).',
  })
  @IsBase64(undefined, { message: 'content must be base64' })
  @MaxLength(1_000_000)
  content!: string;

  @Field({ nullable: true, description: 'Defaults to your region when your organisation serves one.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  regionCode?: string;
}
