import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';

/**
 * An `ID!` argument holding a UUID (`ID` when `nullable`, then absent passes); anything else is BAD_USER_INPUT
 * naming the argument.
 */
export const IdArg = (name: string, { nullable = false }: { nullable?: boolean } = {}): ParameterDecorator =>
  Args(
    name,
    { type: () => ID, nullable },
    new ParseUUIDPipe({
      optional: nullable,
      exceptionFactory: () => DomainError.badInput([{ field: name, message: 'must be a UUID' }]),
    }),
  );
