import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';

/** A required `ID!` argument holding a UUID; anything else is BAD_USER_INPUT naming the argument. */
export const IdArg = (name: string): ParameterDecorator =>
  Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput([{ field: name, message: 'must be a UUID' }]) }),
  );
