import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldProblem } from './domain-error';

/** GraphQL arguments (@nestjs/graphql's GqlParamtype.ARGS, not exported) and HTTP inputs. */
const GQL_ARGS = 3;
const INPUT_PARAM_TYPES = new Set<unknown>([GQL_ARGS, 'body', 'query', 'param']);

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
    // Only client input is validated: not a field resolver's parent object, context or info, which this
    // global pipe would otherwise re-validate for every object of every list.
    if (!INPUT_PARAM_TYPES.has(metadata.type)) return value;
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
