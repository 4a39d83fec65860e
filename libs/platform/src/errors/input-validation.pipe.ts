import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from './domain-error';

class InputValidationFailed extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('input validation failed');
  }
}

/** class-validator on GraphQL inputs; failures become BAD_USER_INPUT naming each field path (`input.email`). */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationFailed(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationFailed) {
        throw DomainError.badInput(fieldProblems(error.errors, metadata.data ? [metadata.data] : []));
      }
      throw error;
    }
  }
}

function fieldProblems(errors: ValidationError[], parent: string[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = [...parent, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field: path.join('.'), message }));
    return [...own, ...fieldProblems(error.children ?? [], path)];
  });
}
