import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsOptional, Matches } from 'class-validator';

/**
 * The codes a vacancy requires and a candidate holds, validated alike on both sides so matching compares
 * like with like: driving licence categories (rijbewijscategorieën) and ISO 639-1 language codes.
 */
export const DRIVING_LICENCE_CATEGORY = /^(AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|T)$/;
export const LANGUAGE_CODE = /^[a-z]{2}$/;

/** An optional list of distinct driving licence categories. */
export const IsDrivingLicences = (): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    ArrayUnique(),
    Matches(DRIVING_LICENCE_CATEGORY, { each: true, message: 'each driving licence must be a category like B or CE' }),
  );

/** An optional list of at most ten distinct language codes. */
export const IsLanguageCodes = (): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    ArrayMaxSize(10),
    ArrayUnique(),
    Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639-1 code like nl' }),
  );
